/**
 * The writing direction of a guide's language, for `<html dir>`. Build-time only.
 */

/**
 * Scripts written from right to left that are in use today (Unicode's Script property
 * values whose letters are Bidi_Class R or AL): Arabic, Hebrew, Syriac, Thaana, N'Ko,
 * Samaritan, Mandaic, Adlam, Hanifi Rohingya, Mende Kikakui and Yezidi.
 */
const RIGHT_TO_LEFT = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Samr', 'Mand', 'Adlm', 'Rohg', 'Mend', 'Yezi']);

/**
 * `rtl` when the language is written right to left, else `ltr`. The script is the tag's own
 * (`ku-Arab`), or the one CLDR's likely-subtags data gives the language (`ar`, `fa`, `ur`,
 * `ps`, `sd`, `ckb` are Arabic script; `he`, `yi` Hebrew; `dv` Thaana), so `ku` (Latin) and
 * `pa` (Gurmukhi) stay left to right while `pa-Arab` does not.
 * @example textDirection('ar') // 'rtl'
 * @example textDirection('zh-CN') // 'ltr'
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (!direction) directions.set(lang, (direction = directionOf(lang)));
  return direction;
}

/** Directions already found, by tag: every page asks, and `maximize()` is not cheap. */
const directions = new Map<string, 'ltr' | 'rtl'>();

function directionOf(lang: string): 'ltr' | 'rtl' {
  let script: string | undefined;
  try {
    script = new Intl.Locale(lang).maximize().script;
  } catch {
    // Settings validate the tag's shape; a tag Intl cannot read is written left to right.
    return 'ltr';
  }
  return script && RIGHT_TO_LEFT.has(script) ? 'rtl' : 'ltr';
}
