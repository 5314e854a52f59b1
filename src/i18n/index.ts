/**
 * The interface strings of a guide: its language's file, with the guide's own overrides
 * applied. Build-time only; pages and scripts get the result through `virtual:mnemo/ui/*`.
 */
import { en, type UiStrings } from './en';

/** The language files, by primary language subtag. English is the fallback for the rest. */
const LANGUAGES: Record<string, UiStrings> = { en };

/** The language file for a BCP 47 tag: the exact tag, then its primary subtag, then English. */
export function languageStrings(lang: string): UiStrings {
  const lower = lang.toLowerCase();
  return LANGUAGES[lower] ?? LANGUAGES[lower.split('-')[0]!] ?? en;
}

/** Overrides of single strings, by group and key, e.g. `{ question: { check: 'Submit' } }`. */
export type UiOverrides = { [G in keyof UiStrings]?: Partial<UiStrings[G]> };

/**
 * Every interface string for a guide in `lang`, with `overrides` on top.
 * @example resolveStrings('en').question.check // 'Check'
 */
export function resolveStrings(lang: string, overrides: UiOverrides = {}): UiStrings {
  const base = languageStrings(lang);
  const out = {} as Record<string, Record<string, unknown>>;
  for (const group of Object.keys(base) as (keyof UiStrings)[]) {
    out[group] = { ...base[group], ...(overrides[group] ?? {}) };
  }
  return out as UiStrings;
}

export { en, type UiStrings };
