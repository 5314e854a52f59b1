import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../../src/checks/build/inline-markdown';
import { outline, rewritten } from './helpers';

describe('text attributes take inline Markdown', () => {
  it('reads backticks, emphasis and links, and keeps the plain text for the spec', () => {
    const { nodes, text } = inlineMarkdown('Use `kubectl` *now*, see [docs](/d/).');
    expect(nodes.map((n) => n.type)).toEqual(['text', 'inlineCode', 'text', 'emphasis', 'text', 'link', 'text']);
    expect(text).toBe('Use kubectl now, see docs.');
  });

  it('keeps block syntax and raw HTML as text, and applies smart punctuation', () => {
    expect(inlineMarkdown("1. Don't <b>panic</b>").text).toBe('1. Don’t <b>panic</b>');
    expect(inlineMarkdown('# Not a heading').nodes).toEqual([{ type: 'text', value: '# Not a heading' }]);
  });

  it('gives the spec plain text and the page the Markdown, for feedback, fronts and deck titles', () => {
    const source = '<Question id="q">\nWhich?\n\n<Choice correct feedback="Yes: `kubectl`.">A</Choice>\n<Choice>B</Choice>\n</Question>\n\n<Deck title="The *K* deck">\n<Flashcard id="c" front="What is `kubectl`?">A tool.</Flashcard>\n</Deck>\n';
    const { checks, tree } = rewritten(source);
    expect(checks.map((c) => (c.kind === 'single' ? c.choices[0]!.feedback : c.stem))).toEqual(['Yes: kubectl.', 'What is kubectl?']);
    const shown = outline(tree);
    expect(shown).toContain('<MnemoPart slot="feedback-0">\n      text "Yes: "\n      inlineCode "kubectl"');
    expect(shown).toContain('<MnemoPart slot="title">\n      text "The "\n      emphasis');
    expect(shown).toContain('<MnemoPart slot="front">\n        text "What is "\n        inlineCode "kubectl"');
  });

  it('derives the same card and deck ids as before markup was allowed', () => {
    const plain = rewritten('<Deck title="Kube">\n<Flashcard front="What is kubectl?">A tool.</Flashcard>\n</Deck>\n');
    expect(plain.checks[0]!.id).toBe(rewritten('<Deck title="Kube">\n<Flashcard front="What is kubectl?">Another back.</Flashcard>\n</Deck>\n').checks[0]!.id);
    const marked = rewritten('<Flashcard front="What is `kubectl`?">A tool.</Flashcard>\n');
    // The id comes from the front as written, backticks included: adding markup to an existing card changes its id only if the text changes.
    expect(marked.checks[0]!.id).toMatch(/^what-is-kubectl-[0-9a-f]{6}$/);
  });
});
