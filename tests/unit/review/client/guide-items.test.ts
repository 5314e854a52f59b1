import { describe, expect, it } from 'vitest';
import type { CatalogueIndex } from '../../../../src/checks/catalogue/write';
import { guideItems, markMissing } from '../../../../src/review/client/guide-items';
import { schedule } from '../../../../src/review/schedule';
import { newState } from '../../../../src/review/state';
import { REFERENCE_ZONE } from '../clock';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const index: CatalogueIndex = {
  v: 2,
  lang: 'en',
  sections: [{ slug: 'basics', title: 'Basics' }],
  lessons: [
    { slug: 'basics/one', title: 'One', section: 'basics', tags: [], questions: ['q-a', 'q-b'], cards: ['card-a', 'card-b'] },
    { slug: 'basics/two', title: 'Two', section: 'basics', tags: [], questions: ['q-c'], cards: ['card-c'] },
  ],
};
const missed = schedule('q-c', undefined, 'again', T0, { retention: 0.9 }, REFERENCE_ZONE);

describe('guideItems', () => {
  const guide = guideItems(index);

  it('orders every flashcard in guide order, with the questions put into review', () => {
    expect(guide.order({})).toEqual(['card-a', 'card-b', 'card-c']);
    expect(guide.order({ 'q-c': missed, 'q-a': newState(T0) })).toEqual(['card-a', 'card-b', 'card-c', 'q-c']);
  });

  it('names the lesson of each item, and knows every id', () => {
    expect(guide.lessonOf('q-b')).toEqual({ slug: 'basics/one', title: 'One' });
    expect(guide.lessonOf('card-c')).toEqual({ slug: 'basics/two', title: 'Two' });
    expect(guide.lessonOf('gone')).toBeUndefined();
    expect([...guide.known].sort()).toEqual(['card-a', 'card-b', 'card-c', 'q-a', 'q-b', 'q-c']);
  });
});

describe('markMissing', () => {
  const known = guideItems(index).known;

  it('lists the states the guide no longer has, and clears the list when they are back', () => {
    const data = { states: { gone: missed, 'q-c': missed } };
    const marked = markMissing(data, known);
    expect(marked).toEqual({ states: data.states, missing: ['gone'] });
    expect(markMissing(marked, known)).toBe(marked);
    expect(markMissing({ states: { 'q-c': missed }, missing: ['gone'] }, known)).toEqual({ states: { 'q-c': missed } });
  });
});
