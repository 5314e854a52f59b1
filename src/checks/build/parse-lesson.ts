/**
 * Parsing a lesson's source as the renderer reads it (MDX, GFM, smart punctuation),
 * turning an MDX syntax error into a problem an author can act on.
 */
import type { Root } from 'mdast';
import { createRequire } from 'node:module';
import { VFile } from 'vfile';
import type { Problem } from '../../lib/problems';
import { markdownPackages } from './markdown-packages';

const FRONTMATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * The source with its YAML frontmatter replaced by as many empty lines, so positions in
 * the parsed tree are positions in the file.
 */
export function blankFrontmatter(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  return text.replace(FRONTMATTER, (block) => '\n'.repeat(block.split('\n').length - 1));
}

/** What the MDX parser reports about a syntax error (a VFileMessage). */
interface ParserError {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  source?: string;
  ruleId?: string;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

function fixFor(error: ParserError): string {
  if (error.source === 'micromark-extension-mdx-expression') {
    return 'In MDX `{` starts a JavaScript expression. For a literal brace in prose write `\\{`, or put the text in inline code (`` `{like this}` ``).';
  }
  if (error.ruleId === 'end-tag-mismatch') {
    return 'Close every tag with its matching closing tag (`<Question>` ... `</Question>`), in the order they were opened, or self-close it (`<Answer ... />`, `<br />`).';
  }
  if (error.source === 'micromark-extension-mdx-jsx') {
    return 'In MDX `<` starts a tag. For a literal `<` in prose write `\\<` or `&lt;`, or put the text in inline code; write comments as `{/* ... */}`.';
  }
  return 'Fix the MDX syntax here. A plain Markdown file without components can be renamed to `.md`.';
}

function positionOfError(error: ParserError, reason: string): { line: number; column: number } {
  const point = error.place?.start ?? error.place;
  if (error.line && error.column) return { line: error.line, column: error.column };
  if (point?.line && point.column) return { line: point.line, column: point.column };
  // An unclosed tag is only reported at the end of the file; its reason names where it opened.
  const named = /\((\d+):(\d+)-/.exec(reason);
  return named ? { line: Number(named[1]), column: Number(named[2]) } : { line: 0, column: 0 };
}

/** The problem for an error thrown while parsing `file` as MDX. */
export function syntaxProblem(file: string, thrown: unknown): Problem {
  const error = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as ParserError;
  const reason = error.reason ?? error.message ?? String(thrown);
  return {
    file,
    ...positionOfError(error, reason),
    message: `This is not valid MDX: ${reason}`,
    fix: fixFor(error),
  };
}

/** Carries the tree out of the compile once Mnemo's plugins would see it. */
class Captured extends Error {
  // A plain field, not a parameter property: `npm run check` runs this file with Node's type stripping.
  readonly tree: Root;
  constructor(tree: Root) {
    super('captured');
    this.tree = tree;
  }
}

/**
 * A lesson read as the build's Sätteri processor reads it: MDX with GFM, smart quotes decided
 * within each paragraph as written, then MDX's own steps (which unravel paragraphs that hold
 * only components into blocks). `@mdx-js/mdx` parses, so syntax errors keep its positions and
 * wording; smart punctuation runs between its parse and its steps because Sätteri puts quotes
 * in while parsing, before any unravelling: run after it, a stem's closing quote before one-line
 * choices would turn into an opening one, and its id would differ from the build's. The tree
 * is taken where Mnemo's plugins would run, and the rest of the compile skipped, so ids
 * derived from text are the same in `astro dev`, `npm run check` and builds.
 */
function makeProcessor() {
  // Loaded on first use: builds read lessons through Sätteri and need this parser only for a
  // lesson that failed to compile, so `npm run build` starts without it (issue 19).
  const { createProcessor } = createRequire(import.meta.url)('@mdx-js/mdx') as typeof import('@mdx-js/mdx');
  const { unified, remarkGfm, remarkSmartypants } = markdownPackages();
  const smartPunctuation = unified().use(remarkSmartypants).freeze();
  const mdx = createProcessor({
    format: 'mdx',
    remarkPlugins: [
      remarkGfm,
      () => (tree: Root) => {
        throw new Captured(tree);
      },
    ],
  });
  return { mdx, smartPunctuation };
}
let processors: ReturnType<typeof makeProcessor> | undefined;

/**
 * Parses a whole `.mdx` file (frontmatter included) into mdast exactly as the build does, or
 * returns the syntax problem that stops it.
 */
export function parseLesson(file: string, source: string): { tree: Root } | { problem: Problem } {
  const vfile = new VFile({ value: blankFrontmatter(source) });
  try {
    const { mdx, smartPunctuation } = (processors ??= makeProcessor());
    const parsed = mdx.parse(vfile) as never;
    smartPunctuation.runSync(parsed, vfile);
    mdx.runSync(parsed, vfile);
  } catch (thrown) {
    if (thrown instanceof Captured) return { tree: thrown.tree };
    return { problem: syntaxProblem(file, thrown) };
  }
  throw new Error('The MDX compile finished without reaching the analysis step.');
}
