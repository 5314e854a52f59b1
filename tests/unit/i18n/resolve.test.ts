import { describe, expect, it } from 'vitest';
import { languageFile, languageNote, LANGUAGES, missingStrings, resolveStrings } from '../../../src/i18n';
import { textDirection } from '../../../src/i18n/direction';

describe('the strings of a guide', () => {
  it('come from the language file found by the primary subtag of `lang`', () => {
    expect(resolveStrings('de').question.check).toBe('Prüfen');
    expect(resolveStrings('pt-PT').question.check).toBe('Verificar');
    expect(resolveStrings('zh-Hans').search.open).toBe('搜索');
    expect(resolveStrings('EN-gb').question.check).toBe('Check');
    expect(languageFile('it')).toBeUndefined();
  });

  it('take the guide’s overrides on top, string by string', () => {
    const ui = resolveStrings('ru', { question: { check: 'Ответить' }, page: { lessonCount: '{count} тем' } });
    expect(ui.question.check).toBe('Ответить');
    expect(ui.question.tryAgain).toBe('Попробовать ещё раз');
    expect(ui.page.lessonCount).toBe('{count} тем');
  });

  it('stay in English where the language file has no wording yet, and the build says which', () => {
    const saved = LANGUAGES.de!.card;
    delete (LANGUAGES as Record<string, { card?: unknown }>).de!.card;
    try {
      expect(resolveStrings('de').card.again).toBe('Again');
      expect(missingStrings('de')).toContain('card.again');
      expect(missingStrings('de', { card: { again: 'Nochmal' } })).not.toContain('card.again');
      expect(languageNote('de')).toMatch(/^15 interface strings have no German \(de\) wording yet and show in English: card\.label, card\.showBack, .* and 9 more\. Write your own wording under `ui:` in _guide\.yaml/);
    } finally {
      (LANGUAGES.de as { card?: unknown }).card = saved;
    }
    expect(missingStrings('de')).toEqual([]);
    expect(languageNote('de')).toBeUndefined();
  });

  it('are English for a language Mnemo has no file for, and the build says so once', () => {
    expect(resolveStrings('it').question.check).toBe('Check');
    expect(languageNote('it')).toBe(
      'Mnemo has no interface strings in Italian (it) yet: buttons and labels are in English. Write your own wording under `ui:` in _guide.yaml (see docs/languages.md).',
    );
    expect(languageNote('en-US')).toBeUndefined();
  });
});

describe('the direction of a guide', () => {
  it('is right to left for languages written in Arabic, Hebrew, Thaana or Syriac script', () => {
    const rtl = ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'sd', 'ckb', 'ug', 'yi', 'dv', 'syr', 'ku-Arab', 'pa-Arab'];
    expect(rtl.filter((lang) => textDirection(lang) !== 'rtl')).toEqual([]);
  });

  it('is left to right for every other script, and for a tag Intl cannot read', () => {
    const ltr = ['en', 'ru', 'zh-CN', 'ja', 'hi', 'ku', 'pa', 'az', 'tr', 'el', 'am', 'x-unknown'];
    expect(ltr.filter((lang) => textDirection(lang) !== 'ltr')).toEqual([]);
  });
});
