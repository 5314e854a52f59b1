import { describe, expect, it } from 'vitest';
import { guidePool } from '../../../src/exam/build/exam-check';
import { poolFromIndex, questionPlaces, sectionOfLesson, weakSpotHistory } from '../../../src/exam/catalogue-pool';
import { drawQuestions } from '../../../src/exam/draw';
import { selectPool } from '../../../src/exam/pool';

const lesson = (slug: string, section: string, questions: string[], tags: string[] = []) => ({ slug, title: slug, section, tags, questions, cards: [] });
const INDEX = {
  lessons: [
    lesson('intro', '', ['intro-1']),
    lesson('foundations/basics', 'foundations', ['basic-1', 'basic-2'], ['core']),
    lesson('releasing/advanced/flags', 'releasing', ['flag-1'], ['safety']),
    lesson('exams/final', 'exams', ['own-1']),
  ],
};

describe('the pool of a built guide', () => {
  it('derives each lesson’s own section from its address', () => {
    expect(sectionOfLesson('releasing/advanced/flags')).toBe('releasing/advanced');
    expect(sectionOfLesson('intro')).toBe('');
  });

  it('lists every question in guide order, without exam pages', () => {
    const pool = poolFromIndex(INDEX, ['exams/final']);
    expect(pool.map((q) => q.id)).toEqual(['intro-1', 'basic-1', 'basic-2', 'flag-1']);
    expect(pool[3]).toEqual({ id: 'flag-1', lesson: 'releasing/advanced/flags', section: 'releasing/advanced', top: 'releasing', tags: ['safety'] });
  });

  it('selects nested sections and tags as the build counted them', () => {
    const pool = poolFromIndex(INDEX, ['exams/final']);
    expect(selectPool(pool, { sections: ['releasing/advanced'], tags: [] }).map((q) => q.id)).toEqual(['flag-1']);
    expect(selectPool(pool, { sections: [], tags: ['core'] }).map((q) => q.id)).toEqual(['basic-1', 'basic-2']);
  });

  it('draws the same test as a pool in the build’s order would, for the same seed', () => {
    const built = guidePool(INDEX.lessons.map((l) => ({ file: '', slug: l.slug, section: sectionOfLesson(l.slug), tags: l.tags, questions: l.questions, ...(l.slug.startsWith('exams/') ? { exam: {} as never } : {}) })));
    const browser = poolFromIndex(INDEX, ['exams/final']);
    for (const seed of ['k3j9x0ab', '00000000', 'zzzzzzzz']) {
      expect(drawQuestions({ pool: browser, count: 3, seed })).toEqual(drawQuestions({ pool: built, count: 3, seed }));
    }
  });

  it('places every question, exam pages’ own included, under its top-level section', () => {
    expect(questionPlaces(INDEX).get('flag-1')).toEqual({ lesson: 'releasing/advanced/flags', section: 'releasing' });
    expect(questionPlaces(INDEX).get('own-1')).toEqual({ lesson: 'exams/final', section: 'exams' });
  });
});

describe('the history behind “focus on my weak spots”', () => {
  it('counts a revealed answer as wrong', () => {
    expect({ ...weakSpotHistory({ a: { result: 'right' }, b: { result: 'wrong' }, c: { result: 'revealed' } }) }).toEqual({ a: 'right', b: 'wrong', c: 'wrong' });
  });

  it('gives an id such as `constructor` no inherited value', () => {
    expect(weakSpotHistory({}).constructor).toBeUndefined();
  });
});
