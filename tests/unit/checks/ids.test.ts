import { describe, expect, it } from 'vitest';
import { deriveId, fnv1aHex, isValidId, suggestId, textSlug } from '../../../src/checks/core/ids';

describe('isValidId', () => {
  it.each(['replace-not-patch', 'q1', 'a-1-b'])('accepts %j', (id) => expect(isValidId(id)).toBe(true));
  it.each(['', 'Upper', 'under_score', 'two--hyphens', '-lead', 'trail-', 'with space', 'é'])('rejects %j', (id) =>
    expect(isValidId(id)).toBe(false),
  );
});

describe('suggestId', () => {
  it('lowercases, turns spaces and underscores into hyphens, drops the rest', () => {
    expect(suggestId('My Question_2')).toBe('my-question-2');
    expect(suggestId('  Café?! déjà--vu ')).toBe('cafe-deja-vu');
    expect(suggestId('???')).toBe('');
  });

  it('suggests nothing for an id in another script, rather than its stray ASCII', () => {
    expect(suggestId('вопрос-1')).toBe('');
    expect(suggestId('问题 2')).toBe('');
    expect(suggestId('Straße_1')).toBe('stra-e-1');
  });
});

describe('textSlug', () => {
  it('keeps the first six words', () => {
    expect(textSlug('What is the difference between immutable and mutable infrastructure?')).toBe(
      'what-is-the-difference-between-immutable',
    );
  });

  it('stays within 40 characters, cutting at a word boundary', () => {
    const slug = textSlug('Supercalifragilistic expialidocious antidisestablishmentarianism words');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('supercalifragilistic-expialidocious');
    expect(textSlug('a'.repeat(60))).toBe('a'.repeat(40));
  });
});

describe('deriveId', () => {
  const text = 'What is configuration drift?';

  it('is deterministic, valid, and reads like the text', () => {
    const id = deriveId('basics/intro', text, 'q');
    expect(id).toBe(deriveId('basics/intro', text, 'q'));
    expect(id).toMatch(/^what-is-configuration-drift-[0-9a-f]{6}$/);
    expect(isValidId(id)).toBe(true);
  });

  it('is locked, so saved progress survives rebuilds', () => {
    expect(fnv1aHex('')).toBe('811c9dc5');
    expect(fnv1aHex('a')).toBe('e40c292c');
    expect(deriveId('basics/intro', text, 'q')).toBe(`what-is-configuration-drift-${fnv1aHex(`basics/intro\n${text}`).slice(0, 6)}`);
  });

  it('differs between lessons and between texts', () => {
    expect(deriveId('basics/intro', text, 'q')).not.toBe(deriveId('basics/other', text, 'q'));
    expect(deriveId('basics/intro', text, 'q')).not.toBe(deriveId('basics/intro', `${text} Why?`, 'q'));
  });

  it('falls back to the prefix when the text has no letters or digits', () => {
    expect(deriveId('basics/intro', '→ ?', 'card')).toMatch(/^card-[0-9a-f]{6}$/);
    expect(deriveId('basics/intro', '', 'q')).toMatch(/^q-[0-9a-f]{6}$/);
  });

  it.each([
    ['Chinese', '基础/引言', '什么是配置漂移？'],
    ['Russian', 'учения/урок-1', 'Что такое дрейф конфигурации?'],
    ['Arabic', 'الدرس-الأول', 'ما هو انحراف الإعدادات؟'],
    ['Japanese', 'はじめに', '構成ドリフトとは何ですか？'],
  ])('gives a %s stem a valid, stable id that differs per text and lesson', (_language, lesson, stem) => {
    const id = deriveId(lesson, stem, 'q');
    expect(id).toMatch(/^q-[0-9a-f]{6}$/);
    expect(isValidId(id)).toBe(true);
    expect(deriveId(lesson, stem, 'q')).toBe(id);
    expect(deriveId(lesson, `${stem}?`, 'q')).not.toBe(id);
    expect(deriveId(`${lesson}-2`, stem, 'q')).not.toBe(id);
  });

  it('reads the Latin words of a mixed stem', () => {
    expect(deriveId('сети', 'Что такое DNS?', 'q')).toMatch(/^dns-[0-9a-f]{6}$/);
  });
});
