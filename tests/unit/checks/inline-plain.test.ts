import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../../src/checks/build/inline-markdown';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants);

/** What a full parse gives: the paragraph's children without positions. */
function parsed(value: string) {
  const tree = full.runSync(full.parse(value)) as unknown as { children: { type: string; children?: unknown[] }[] };
  return JSON.parse(JSON.stringify(tree.children[0]?.children ?? [], (key, v) => (key === 'position' ? undefined : v)));
}

describe('attribute text that needs no parse', () => {
  it('reads plain prose exactly as a full parse does', () => {
    for (const value of ['Yes', 'Right: the rollout waits, then resumes.', 'About 50% (1/2) of 10 = 5', 'Ünïcödé text, 42', 'Not quite; see step 3-4.', 'A rolling update (maxSurge=1)']) {
      expect(inlineMarkdown(value).nodes).toEqual(parsed(value));
    }
  });

  it('still parses what Markdown, links or smart punctuation would change', () => {
    for (const value of ['Use `kubectl`', 'It -- is', 'Wait...', 'See http://example.com', "It's *so*", 'www.example.com', '1. First']) {
      expect(inlineMarkdown(value).nodes).toEqual(parsed(value).length ? expect.anything() : []);
    }
    expect(inlineMarkdown('It -- is').text).toBe('It — is');
    expect(inlineMarkdown('See http://example.com').nodes.some((n) => n.type === 'link')).toBe(true);
  });
});
