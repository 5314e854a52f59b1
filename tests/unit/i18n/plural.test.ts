import { describe, expect, it } from 'vitest';
import { resolveStrings } from '../../../src/i18n';
import { format, formatNumber } from '../../../src/i18n/format';
import { plural } from '../../../src/i18n/plural';
import { progressLine } from '../../../src/lib/progress/sentences';

/** "N lessons" on the home page, in the guide's language, for each count. */
const lessons = (lang: string, counts: number[]) => counts.map((n) => plural(lang, resolveStrings(lang).page.lessonCount, n));

describe('plural forms chosen by Intl.PluralRules, numbers written by Intl.NumberFormat', () => {
  it('English: one and other', () => {
    expect(lessons('en', [0, 1, 2, 1000])).toEqual(['0 lessons', '1 lesson', '2 lessons', '1,000 lessons']);
  });

  it('Russian: one (1, 21), few (2–4, 22), many (0, 5–20, 111), other (fractions)', () => {
    expect(lessons('ru', [1, 21, 2, 4, 22, 0, 5, 11, 111, 1.5])).toEqual([
      '1 урок', '21 урок', '2 урока', '4 урока', '22 урока', '0 уроков', '5 уроков', '11 уроков', '111 уроков', '1,5 урока',
    ]);
  });

  it('Arabic: zero, one and two in words; few (3–10), many (11–99), other (100 and up)', () => {
    expect(lessons('ar', [0, 1, 2, 3, 10, 11, 99, 100, 102])).toEqual([
      'لا دروس', 'درس واحد', 'درسان', '3 دروس', '10 دروس', '11 درسًا', '99 درسًا', '100 درس', '102 درس',
    ]);
  });

  it('French: 0 and 1 are singular; round millions take "de"', () => {
    expect(lessons('fr', [0, 1, 2, 1_000_000])).toEqual(['0 leçon', '1 leçon', '2 leçons', '1\u202f000\u202f000 de leçons']);
  });

  it('Spanish and Portuguese: round millions take "de"', () => {
    expect(lessons('es', [1, 3, 1_000_000])).toEqual(['1 lección', '3 lecciones', '1.000.000 de lecciones']);
    expect(lessons('pt-BR', [0, 1, 3, 1_000_000])).toEqual(['0 lição', '1 lição', '3 lições', '1.000.000 de lições']);
  });

  it('German groups thousands with a dot', () => {
    expect(lessons('de', [1, 1200])).toEqual(['1 Lektion', '1.200 Lektionen']);
  });

  it('Chinese and Japanese: one wording for every count', () => {
    expect(lessons('zh-CN', [1, 12000])).toEqual(['1 节课', '12,000 节课']);
    expect(lessons('ja', [1, 3])).toEqual(['1 レッスン', '3 レッスン']);
  });

  it('writes the digits of the language: Arabic-Indic in Egypt, Persian in Iran', () => {
    expect(formatNumber(12.5, 'ar-EG')).toBe('١٢٫٥');
    expect(formatNumber(1234, 'fa')).toBe('۱٬۲۳۴');
    expect(plural('ar-EG', resolveStrings('ar-EG').search.found, 4)).toBe('عُثر على ٤ دروس.');
  });

  it('formats numbers only when told the language, so placeholders for later stay as they are', () => {
    expect(format('Hint {n} of {total}', { n: 1, total: 1200 })).toBe('Hint 1 of 1200');
    expect(format('Hint {n} of {total}', { n: 1, total: 1200 }, 'en')).toBe('Hint 1 of 1,200');
    expect(plural('ru', resolveStrings('ru').progress.questionsRight, 5, { right: '{right}' })).toBe('{right} из 5 вопросов самопроверки с верным ответом');
  });
});

describe('the progress line', () => {
  it('joins and ends its sentences with the punctuation of the language', () => {
    const line = (lang: string, lead = '') => progressLine(7, 2, resolveStrings(lang).progress, lang, lead);
    expect(line('en')).toBe('{right} of 7 self-checks answered correctly; {known} of 2 flashcards marked “got it”.');
    expect(line('zh', '，')).toBe('，7 道自测题中答对 {right} 道；2 张卡片中有 {known} 张标为“记住了”。');
    expect(line('ar')).toBe('الإجابات الصحيحة: {right} من 7؛ البطاقات التي تذكّرتها: {known} من 2.');
    expect(progressLine(0, 3, resolveStrings('ru').progress, 'ru')).toBe('{known} из 3 карточек с оценкой «помню».');
  });

  it('gives the line of its own counts, strings and lead each time, however often it is asked', () => {
    const en = resolveStrings('en').progress;
    const asked = () => [progressLine(5, 0, en, 'en'), progressLine(5, 0, en, 'en', ', '), progressLine(1, 0, en, 'en'), progressLine(5, 0, resolveStrings('de').progress, 'de')];
    const first = asked();
    expect(new Set(first).size).toBe(4);
    expect(first[1]).toBe(`, ${first[0]}`);
    expect(asked()).toEqual(first);
    // Other strings (an author's own wording) give their own line, not one remembered for the first.
    const own = { ...en, questionsRight: { one: '{right} of {count} question', other: '{right} of {count} questions' } };
    expect(progressLine(5, 0, own, 'en')).toBe('{right} of 5 questions.');
  });
});
