/**
 * What the author wrote is what ships. MDX runs `{...}` in prose, and lines that start with
 * `import` or `export`, as JavaScript: `a set {1, 2, 3}` would show "a set 3", and `{fruit}`
 * would stop the build with a bare ReferenceError. Unless the guide opts in
 * (`expressions: true` in `_guide.yaml`), each one is a problem with its fix. Comments
 * (`{/* ... *\/}`) render nothing and stay allowed; attributes of components are read as
 * written, so they are not prose.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { isInvisible } from '../../checks/build/text';
import { positionOf } from '../../checks/build/mdx';
import { eachNode } from '../../checks/build/walk';
import type { Problem } from '../problems';

/** At most 40 characters of an expression, for a message. */
function shown(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

const OPT_IN = 'To run JavaScript in lessons on purpose, set `expressions: true` in `_guide.yaml`.';

/** The problem for one expression or ESM block, or undefined for a comment. */
function problemFor(node: Node & { value?: string }, file: string): Problem | undefined {
  const { line, column } = positionOf(node);
  const code = node.value ?? '';
  if (node.type === 'mdxjsEsm') {
    return {
      file,
      line,
      column,
      message: `MDX runs a line that starts with \`import\` or \`export\` as JavaScript, so \`${shown(code)}\` would not show as text.`,
      fix: `To show it as text, start the paragraph with another word, or put it in backticks. ${OPT_IN}`,
    };
  }
  if (isInvisible(node)) return undefined;
  return {
    file,
    line,
    column,
    message: `MDX runs \`{${shown(code)}}\` as JavaScript, so the page would show its result instead of what you wrote.`,
    fix: `To show the braces, write \`\\{${shown(code)}}\` (or put it in backticks as code). ${OPT_IN}`,
  };
}

/**
 * Every MDX expression and ESM block of a lesson's prose (stems, card backs and other
 * component children included), as problems.
 * @example expressionProblems(parse('A set {1, 2, 3}.'), 'a.mdx') // one problem at 1:7
 */
export function expressionProblems(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  eachNode(tree, (node) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression' && node.type !== 'mdxjsEsm') return;
    const problem = problemFor(node as Node & { value?: string }, file);
    if (problem) problems.push(problem);
  });
  return problems;
}

/** Whether the lesson has `import` or `export` lines (it may then bring its own components). */
export function hasEsm(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'mdxjsEsm');
}
