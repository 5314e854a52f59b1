/**
 * The interface strings of a guide: English, then its language's file, then the guide's own
 * overrides (`ui:` in `_guide.yaml`), string by string. Build-time only; pages and scripts
 * get the result through `virtual:mnemo/project` and `virtual:mnemo/ui/*`.
 */
import { en, type UiStrings } from './en';
import type { Translation } from './translation';
import ar from './lang/ar';
import de from './lang/de';
import es from './lang/es';
import fr from './lang/fr';
import ja from './lang/ja';
import pt from './lang/pt';
import ru from './lang/ru';
import zh from './lang/zh';

/** Every language with a file, by primary language subtag. A new language is one file and one line here. */
export const LANGUAGES: Readonly<Record<string, Translation>> = { en, ar, de, es, fr, ja, pt, ru, zh };

/** Overrides of single strings, by group and key, e.g. `{ question: { check: 'Submit' } }`. */
export type UiOverrides = Translation;

/**
 * The language file for a BCP 47 tag, found by its primary subtag (`pt-BR` and `pt-PT` use
 * `pt`; `zh-CN` and `zh-Hans` use `zh`), or undefined when Mnemo has none.
 */
export function languageFile(lang: string): Translation | undefined {
  return LANGUAGES[lang.toLowerCase().split('-')[0]!];
}

/**
 * Every interface string for a guide in `lang`, with `overrides` on top. A string that
 * neither has stays in English (see `missingStrings`).
 * @example resolveStrings('en').question.check // 'Check'
 * @example resolveStrings('de').question.check // 'Prüfen'
 */
export function resolveStrings(lang: string, overrides: UiOverrides = {}): UiStrings {
  const own = languageFile(lang) ?? {};
  const out = {} as Record<string, Record<string, unknown>>;
  for (const group of Object.keys(en) as (keyof UiStrings)[]) {
    out[group] = { ...en[group], ...(own[group] ?? {}), ...(overrides[group] ?? {}) };
  }
  return out as UiStrings;
}

/**
 * The strings (`group.key`) a guide in `lang` shows in English because its language file
 * lacks them and the guide does not override them: every string for a language Mnemo has no
 * file for, and none for English.
 */
export function missingStrings(lang: string, overrides: UiOverrides = {}): string[] {
  const own = languageFile(lang);
  if (own === en) return [];
  return (Object.keys(en) as (keyof UiStrings)[]).flatMap((group) =>
    Object.keys(en[group])
      .filter((key) => !(own?.[group] && key in own[group]!) && !(overrides[group] && key in overrides[group]!))
      .map((key) => `${group}.${key}`),
  );
}

/**
 * What the build tells an author whose guide shows some interface strings in English, or
 * undefined when none. Names the language in English, as the rest of the build's output.
 * @example languageNote('it', {}) // 'Mnemo has no interface strings in Italian (it) yet: …'
 */
export function languageNote(lang: string, overrides: UiOverrides = {}): string | undefined {
  const missing = missingStrings(lang, overrides);
  if (!missing.length) return undefined;
  const name = `${new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang} (${lang})`;
  const how = 'Write your own wording under `ui:` in _guide.yaml (see docs/languages.md).';
  if (!languageFile(lang)) return `Mnemo has no interface strings in ${name} yet: buttons and labels are in English. ${how}`;
  const listed = missing.length > 6 ? `${missing.slice(0, 6).join(', ')} and ${missing.length - 6} more` : missing.join(', ');
  return `${missing.length} interface string${missing.length === 1 ? '' : 's'} have no ${name} wording yet and show in English: ${listed}. ${how}`;
}

export { en, type UiStrings };
