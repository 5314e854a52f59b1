/**
 * Code blocks of the Rust Book quizzes as plain Rust code blocks. Mnemo shows every line of a
 * code block, so hidden lines are shown too: a program is never cut.
 *
 * - mdBook hides Rust lines starting with `# ` (or a lone `#`) in `rust` blocks; the Rust Book's
 *   `ide` blocks are Rust with editor features.
 * - Aquascope blocks (```` ```aquascope,interpreter ````) hide every line starting with `#`
 *   (`#fn main() {`), and mark points of the program with annotations in backticks at the end
 *   of a line (`` `[]` ``, `` `(focus,paths:*s)` ``), which are removed.
 */
import type { Code, Nodes, Root } from 'mdast';

const ANNOTATION = /`(?:\[[^\]`]*\]|\([^)`]*\))`/g;

/** The lines of a Rust program with mdBook's hidden-line markers removed. */
export function showHiddenLines(program: string, aquascope = false): string {
  return program
    .split('\n')
    .map((line) => {
      if (aquascope) return line.replace(ANNOTATION, '').replace(/^#(?![[!])/, '').trimEnd();
      return line.replace(/^# /, '').replace(/^#$/, '');
    })
    .join('\n');
}

function rewrite(code: Code): void {
  const lang = code.lang?.toLowerCase() ?? '';
  if (lang.startsWith('aquascope')) {
    code.value = showHiddenLines(code.value, true);
  } else if (lang === 'rust' || lang === 'ide') {
    code.value = showHiddenLines(code.value);
  } else {
    return;
  }
  code.lang = 'rust';
  code.meta = null;
}

function visit(node: Nodes): void {
  if (node.type === 'code') rewrite(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes);
}

/** Rewrites the Rust, `ide` and Aquascope code blocks of a tree (a `transform` for `mdx-text`). */
export function rustBookCode(tree: Root): void {
  visit(tree);
}
