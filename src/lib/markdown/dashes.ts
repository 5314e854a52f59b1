/**
 * Dashes as Mnemo's pages have always had them (remark-smartypants, SmartyPants' default):
 * exactly two hyphens become an em dash, and longer runs stay as written. Sätteri's smart
 * punctuation would make `--` an en dash and `---` an em dash, which would change the text
 * of existing pages and the ids derived from question stems (and so a learner's saved
 * answers), so the processor leaves dashes alone and this step puts them in.
 */
import type { Root } from 'mdast';

const PAIR = /(?<!-)--(?!-)/g;

interface TextParent {
  type: string;
  name?: string | null;
  value?: unknown;
  children?: TextParent[];
}

/** Elements whose text is code, not prose (as remark-smartypants skips them). */
const RAW_ELEMENTS = new Set(['style', 'script']);

/**
 * Replaces each pair of hyphens in the tree's text nodes with an em dash.
 * @example "a -- b" -> "a — b"; "a---b" stays
 */
export function classicDashes(tree: Root): void {
  const visit = (node: TextParent): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'text' && typeof child.value === 'string' && child.value.includes('--')) {
        if (node.type !== 'mdxJsxTextElement' || !RAW_ELEMENTS.has(node.name ?? '')) child.value = child.value.replace(PAIR, '—');
      } else visit(child);
    }
  };
  visit(tree as unknown as TextParent);
}
