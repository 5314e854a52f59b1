/**
 * Test helpers: run the self-check analysis on MDX source and print results compactly,
 * so expected wording and positions read like what an author sees.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { analyzeLesson } from '../../../src/checks/build/analyze';
import { liftComponents } from '../../../src/checks/build/lift';
import { parseLesson } from '../../../src/checks/build/parse-lesson';
import { rewriteLesson } from '../../../src/checks/build/rewrite';
import type { LessonAnalysis } from '../../../src/checks/build/types';
import type { Problem } from '../../../src/lib/problems';

export const FILE = 'content/basics/intro.mdx';
export const LESSON = 'basics/intro';

/** Parses MDX and analyses it as the lesson `basics/intro` (file `basics/intro.mdx` in the guide). */
export function analyze(source: string, lesson = LESSON, file = FILE): LessonAnalysis & { tree: Root } {
  const parsed = parseLesson(file, source);
  if ('problem' in parsed) throw new Error(`fixture does not parse: ${parsed.problem.message}`);
  liftComponents(parsed.tree);
  return { ...analyzeLesson(parsed.tree, { file, guideFile: file.replace(/^content\//, ''), lesson }), tree: parsed.tree };
}

/** Parses, analyses and, when there is no problem, rewrites MDX for rendering. */
export function rewritten(source: string): LessonAnalysis & { tree: Root } {
  const analysis = analyze(source);
  if (analysis.problems.length === 0) rewriteLesson(analysis);
  return analysis;
}

/** A problem as `line:column message -> fix`. */
export function show(p: Problem): string {
  return `${p.line}:${p.column} ${p.message}${p.fix ? ` -> ${p.fix}` : ''}`;
}

/** The problems of a lesson, shown compactly. */
export function problemsOf(source: string): string[] {
  return analyze(source).problems.map(show);
}

function attributeText(attribute: { type: string; name?: string; value?: unknown }): string {
  if (attribute.type !== 'mdxJsxAttribute') return `{${String(attribute.value)}}`;
  const value = attribute.value;
  if (value === null || value === undefined) return attribute.name!;
  if (typeof value === 'string') return `${attribute.name}="${value}"`;
  return `${attribute.name}={${(value as { value: string }).value}}`;
}

/**
 * An indented outline of a tree: elements with their attributes (inline ones marked
 * `inline`), other nodes by type and text.
 */
export function outline(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  const any = node as Node & { name?: string; attributes?: []; children?: Node[]; value?: string };
  let line: string;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    // Inline elements are marked, so a snapshot shows whether a component became a block.
    const mark = node.type === 'mdxJsxTextElement' ? 'inline ' : '';
    line = `${mark}<${[any.name, ...(any.attributes ?? []).map(attributeText)].join(' ')}>`;
  } else {
    line = typeof any.value === 'string' ? `${node.type} ${JSON.stringify(any.value)}` : node.type;
  }
  const children = (any.children ?? []).map((c) => outline(c, depth + 1));
  return [pad + line, ...children].join('\n');
}
