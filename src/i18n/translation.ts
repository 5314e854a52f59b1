/**
 * The shape of a language file (`lang/<code>.ts`): the groups and keys of `en`, each string
 * written as text or as plural forms. Build-time only.
 */
import type { UiStrings } from './en';
import type { Plural } from './format';

/**
 * One language's interface strings. Written with `satisfies Translation`, so a key English
 * does not have is a type error. A key may be missing for a while after English gains one:
 * the guide then shows that string in English and the build says which
 * (`missingStrings`), and `tests/unit/i18n/languages.test.ts` fails until it is written.
 *
 * Where English has plural forms, a language writes either every form its
 * `Intl.PluralRules` uses (CLDR categories: `one`, `few`, `many` in Russian; all six in
 * Arabic), or one plain string when its wording does not change with the count
 * (`'{count} 节课'`; `'Верных ответов: {right} из {count}'`).
 */
export type Translation = { [G in keyof UiStrings]?: { [K in keyof UiStrings[G]]?: string | Plural } };
