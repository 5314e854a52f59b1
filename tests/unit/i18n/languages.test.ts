import { describe, expect, it } from 'vitest';
import { en, LANGUAGES } from '../../../src/i18n';
import type { Plural } from '../../../src/i18n/format';

type Value = string | Plural;
const groups = Object.keys(en) as (keyof typeof en)[];
const english = (group: string, key: string): Value => (en as unknown as Record<string, Record<string, Value>>)[group]![key]!;
const forms = (value: Value): string[] => (typeof value === 'string' ? [value] : Object.values(value).filter((f): f is string => f !== undefined));
const placeholders = (text: string): Set<string> => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));

/** Keys whose wording may equal the English, per language: the same word, or the same SI unit symbol, in both. */
const SI_UNITS = ['review.unitSecond', 'review.unitMinute', 'review.unitHour'];
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ['search.section', 'search.kindQuestion', 'exam.sections', 'exam.paper', 'exam.sectionColumn', 'review.question', 'print.question', 'dashboard.weakestSection', 'dashboard.date', ...SI_UNITS],
  es: SI_UNITS,
  pt: SI_UNITS,
};
/** Strings with no word of their own (`'; '`, `'{label}: {text}'`) are the same in many languages. */
const hasWords = (value: Value) => forms(value).some((form) => /\p{L}/u.test(form.replace(/\{\w+\}/g, '')));

const languages = Object.entries(LANGUAGES).filter(([code]) => code !== 'en');

describe.each(languages)('the %s language file', (code, file) => {
  const own = file as Record<string, Record<string, Value> | undefined>;
  const entries = groups.flatMap((group) => Object.keys(en[group]).map((key) => ({ group, key, name: `${group}.${key}`, value: own[group]?.[key] })));

  it('has every string of en.ts (a missing one is listed with its English text, to translate)', () => {
    const missing = entries.filter((e) => e.value === undefined).map((e) => `${e.name}: ${JSON.stringify(english(e.group, e.key))}`);
    expect(missing, `src/i18n/lang/${code}.ts lacks these strings of src/i18n/en.ts`).toEqual([]);
  });

  it('has no string that en.ts does not', () => {
    const extra = Object.entries(own).flatMap(([group, strings]) =>
      Object.keys(strings ?? {}).filter((key) => !(group in en) || !(key in (en as Record<string, object>)[group]!)).map((key) => `${group}.${key}`),
    );
    expect(extra).toEqual([]);
  });

  it('gives counted strings every plural form its language uses, or one wording for every count', () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const wrong = entries.flatMap(({ name, group, key, value }) => {
      if (value === undefined) return [];
      const counted = typeof english(group, key) !== 'string';
      if (!counted) return typeof value === 'string' ? [] : [`${name} has plural forms, but English uses it with no count`];
      if (typeof value === 'string') return [];
      const lacking = categories.filter((c) => value[c] === undefined);
      const unused = Object.keys(value).filter((c) => !categories.includes(c as Intl.LDMLPluralRule));
      return [...(lacking.length ? [`${name} lacks ${lacking.join(', ')}`] : []), ...(unused.length ? [`${name} has ${unused.join(', ')}, which ${code} never uses`] : [])];
    });
    expect(wrong).toEqual([]);
  });

  it('fills in the same values as English: none invented, none dropped but the count of a form that spells it out', () => {
    const wrong = entries.flatMap(({ name, group, key, value }) => {
      if (value === undefined) return [];
      const wanted = new Set(forms(english(group, key)).flatMap((f) => [...placeholders(f)]));
      return forms(value).flatMap((form) => {
        const found = placeholders(form);
        const invented = [...found].filter((p) => !wanted.has(p));
        // "درس واحد" (one lesson) and "درسان" (two lessons) say the count in words.
        const spelled = typeof value !== 'string' && form !== value.other;
        const dropped = [...wanted].filter((p) => !found.has(p) && !(p === 'count' && spelled));
        return [...invented.map((p) => `${name} uses {${p}}`), ...dropped.map((p) => `${name} drops {${p}} in "${form}"`)];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the spaces around strings that are joined to others (Chinese and Japanese join without one)', () => {
    const joinsWithoutSpace = (c: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u.test(c);
    const wrong = entries.flatMap(({ name, group, key, value }) => {
      if (value === undefined) return [];
      const model = forms(english(group, key))[0]!;
      return forms(value).flatMap((form) => [
        ...(/^\s/.test(model) && !/^\s/.test(form) && !joinsWithoutSpace(form.at(0)!) ? [`${name} should start with a space`] : []),
        ...(/\s$/.test(model) && !/\s$/.test(form) && !joinsWithoutSpace(form.at(-1)!) ? [`${name} should end with a space`] : []),
        ...(!form.trim() ? [`${name} is empty`] : []),
      ]);
    });
    expect(wrong).toEqual([]);
  });

  it('is written in its language: no string left in English unless it is the same word', () => {
    const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
    const same = entries.filter(
      ({ name, group, key, value }) => value !== undefined && hasWords(value) && JSON.stringify(value) === JSON.stringify(english(group, key)) && !allowed.has(name),
    );
    expect(same.map((e) => e.name)).toEqual([]);
  });
});

describe('French typography', () => {
  it('puts a no-break space before : and inside « », a narrow one before ? ! ;', () => {
    const fr = LANGUAGES.fr as Record<string, Record<string, Value>>;
    const wrong = Object.values(fr).flatMap((strings) =>
      Object.values(strings).flatMap(forms).filter((s) => /(^|[^\u00a0]):|[^\u202f][?!;]|«[^\u00a0]|[^\u00a0]»/u.test(s)),
    );
    expect(wrong).toEqual([]);
  });
});
