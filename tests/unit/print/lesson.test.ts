import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../../src/checks/catalogue/collect';
import { extractPrint } from '../../../src/print/build/assemble';
import { hasDeck, MARKERS, printableLesson, renderedChecks } from '../../../src/print/lesson';
import { card, choiceItem, print } from './helpers';

const deck = (id: string, title: string) =>
  `<mnemo-deck id="${id}" class="mn-deck"><p class="mn-deck__title"><span class="mn-deck__name">${title}</span></p><div class="mn-deck__cards">…</div></mnemo-deck>`;

describe('printable lesson', () => {
  const html = `<p>Intro</p>${deck('deck-a', 'Rock &amp; roll')}<p>Between</p>${deck('deck-b', 'Jazz')}<p>End</p>`;
  const cards = [card('a1', 'A1', 'a1 back', 'deck-a'), card('loose', 'Loose', 'loose back'), card('b1', 'B1', 'b1 back', 'deck-b')];
  const out = printableLesson({ html, page: '/guide/basics/intro/', questions: [choiceItem('q1')], cards }, print);

  it('puts a "Print these cards" button inside each deck and its sheet right after it', () => {
    expect(out).toContain('<p class="mn-deck__print" hidden data-pagefind-ignore><button type="button" class="mn-button">Print these cards</button></p></mnemo-deck><div class="mn-sheet mn-print-only" role="group" data-deck="deck-a" aria-label="Flashcards to cut out: Rock &amp; roll"');
    const sheetA = out.slice(out.indexOf('data-deck="deck-a" aria-label'), out.indexOf('<p>Between</p>'));
    expect(sheetA).toContain('a1 back');
    expect(sheetA).not.toContain('b1 back');
  });

  it('gathers the cards outside any deck into one sheet after the content, before the key', () => {
    const loose = out.indexOf('Flashcards to cut out: Flashcards');
    expect(loose).toBeGreaterThan(out.indexOf('<p>End</p>'));
    expect(out.indexOf('loose back')).toBeGreaterThan(loose);
    expect(out.indexOf(MARKERS.end)).toBeGreaterThan(loose);
  });

  it("names that sheet after its lesson when the title is given, so print/'s sheets each have their own label", () => {
    const titled = printableLesson({ html, page: '/guide/basics/intro/', questions: [], cards, title: 'Intro & basics' }, print);
    expect(titled).toContain('aria-label="Flashcards to cut out: Intro &amp; basics"');
    expect(titled).not.toContain('Flashcards to cut out: Flashcards');
  });

  it('marks the printable content and the key so the print page can reuse them', () => {
    const parts = extractPrint(`<html>${out}</html>`)!;
    expect(parts.content.startsWith('<p>Intro</p>')).toBe(true);
    expect(parts.content).not.toContain('Answer key');
    expect(parts.key).toMatch(/^<ol class="mn-key-list"><li class="mn-key-entry"><a [^>]*href="#q1"/);
    expect(out).toContain('<section class="mn-lesson-key mn-print-only" data-pagefind-ignore><h2>Answer key</h2>');
  });

  it('adds no key and no sheet to a lesson with neither', () => {
    const plain = printableLesson({ html: '<p>Just prose</p>', page: '/p/' , questions: [], cards: [] }, print);
    expect(plain).toBe(`${MARKERS.start}<p>Just prose</p>${MARKERS.end}`);
    expect(extractPrint(plain)).toEqual({ content: '<p>Just prose</p>', key: '' });
    expect(extractPrint('<p>no markers</p>')).toBeUndefined();
  });

  it('tells whether a lesson holds a deck', () => {
    expect(hasDeck(html)).toBe(true);
    expect(hasDeck('<mnemo-flashcard id="x">')).toBe(false);
  });
});

describe('the self-checks a lesson rendered', () => {
  it('come in the order of their ids, questions and cards apart, leaving out any that did not render', () => {
    const [q1, q2, c1] = [choiceItem('q1'), choiceItem('q2'), card('c1', 'F', 'B')];
    const items = new Map<string, CatalogueItem>([['q2', q2], ['c1', c1], ['q1', q1]]);
    expect(renderedChecks({ questions: ['q1', 'gone', 'q2'], cards: ['c1'] }, items)).toEqual({ questions: [q1, q2], cards: [c1] });
  });
});
