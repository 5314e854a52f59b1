import { describe, expect, it } from 'vitest';
import { CARDS_PER_SHEET, renderCardSheet } from '../../../src/print/card-sheet';
import { card, print } from './helpers';

const pages = (html: string) => [...html.matchAll(/<div class="mn-sheet__page mn-sheet__page--(front|back)">([\s\S]*?)<\/ol><\/div>/g)];
const cellTexts = (page: string) => [...page.matchAll(/<div class="mn-sheet__text">([\s\S]*?)<\/div>/g)].map((m) => m[1]);

describe('flashcard sheets', () => {
  it('prints each sheet as a page of fronts followed by the page of their backs, in the same order', () => {
    const cards = Array.from({ length: CARDS_PER_SHEET + 2 }, (_, n) => card(`c${n + 1}`, `Front ${n + 1}`, `Back ${n + 1}`));
    const found = pages(renderCardSheet(cards, 'Planets', print.ui));
    expect(found.map((m) => m[1])).toEqual(['front', 'back', 'front', 'back']);
    expect(cellTexts(found[0]![2]!)).toEqual(cards.slice(0, CARDS_PER_SHEET).map((c) => c.parts.front));
    expect(cellTexts(found[1]![2]!)).toEqual(cards.slice(0, CARDS_PER_SHEET).map((c) => c.parts.back));
    expect(cellTexts(found[3]![2]!)).toEqual(['<p>Back 9</p>', '<p>Back 10</p>']);
  });

  it('numbers each card on both sides, counting on across sheets', () => {
    const cards = Array.from({ length: CARDS_PER_SHEET + 1 }, (_, n) => card(`c${n}`, 'F', 'B'));
    const numbers = [...renderCardSheet(cards, 'T', print.ui).matchAll(/<span class="mn-sheet__n">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9]);
  });

  it('says which side a page is, how to print it, and which sheet of how many', () => {
    const cards = Array.from({ length: CARDS_PER_SHEET + 1 }, (_, n) => card(`c${n}`, 'F', 'B'));
    const html = renderCardSheet(cards, 'Planets & moons', print.ui, 'deck-planets');
    expect(html).toContain('Planets &amp; moons: fronts. Cut along the dashed lines. Sheet 1 of 2.');
    expect(html).toContain('Planets &amp; moons: backs. Print double-sided, flipping on the long edge');
    expect(html).toMatch(/^<div class="mn-sheet mn-print-only" role="group" data-deck="deck-planets" aria-label="Flashcards to cut out: Planets &amp; moons" data-pagefind-ignore>/);
  });

  it('is empty without cards', () => {
    expect(renderCardSheet([], 'T', print.ui)).toBe('');
  });
});
