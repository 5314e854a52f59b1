import type { ShikiTransformer } from 'shiki';

/** Fence languages that name no language: their blocks get no label. */
const UNNAMED = new Set(['', 'plaintext', 'plain', 'text', 'txt']);

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[]; value?: string };

/**
 * Puts each code block in a frame: `<div class="mn-code">` holding a bar above the code, with
 * the block's language, then the `<pre>`. The copy button (added by `code-copy.ts` where
 * JavaScript runs) goes in the bar, so it never covers a line of code, even when the block
 * scrolls sideways on a phone. Code reads left to right in every guide, and so does its bar. The frame takes the block's theme classes, so the bar has
 * the code's colours in either theme. Search skips the bar (docs/search-notes.md).
 *
 * Runs after the styles became classes (`codeTransformers`), so it copies the final ones.
 */
export function codeFrame(): ShikiTransformer {
  return {
    name: 'mnemo:code-frame',
    enforce: 'post',
    root(root) {
      const children = root.children as unknown as HastNode[];
      const at = children.findIndex((child) => child.tagName === 'pre');
      const pre = children[at];
      if (!pre) return;
      const lang = String(this.options.lang ?? '').toLowerCase();
      const label: HastNode[] = UNNAMED.has(lang) ? [] : [{ type: 'element', tagName: 'span', properties: { class: 'mn-code__lang' }, children: [{ type: 'text', value: lang }] }];
      const bar: HastNode = { type: 'element', tagName: 'div', properties: { class: 'mn-code__bar', 'data-pagefind-ignore': '' }, children: label };
      const classes = String(pre.properties?.class ?? '');
      children[at] = { type: 'element', tagName: 'div', properties: { class: `mn-code ${classes}`.trim(), dir: 'ltr' }, children: [bar, pre] };
    },
  };
}
