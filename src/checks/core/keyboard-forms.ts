/**
 * The many characters keyboards, input methods and smart punctuation write for one thing,
 * folded to one. Used for typed text and typed numbers alike, in the build and in the
 * browser, so it stays dependency-free and small.
 */

// Invisible characters that never change what was written: soft hyphen, zero-width space,
// word joiner, byte-order mark, the direction marks that right-to-left keyboards and
// copy-paste insert (ALM, LRM, RLM, embeddings, isolates), and the Arabic tatweel, which
// only stretches a word. The joiners ZWJ and ZWNJ are kept: they can change a spelling.
const INVISIBLE = /[\u00AD\u061C\u0640\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

// Where compatibility folding (NFKC) is safe, applied to these blocks only: full-width ASCII
// and digits and half-width katakana from CJK input methods (`Ａ１` is `A1`), Latin ligatures
// from copy-paste (`ﬁ` is `fi`), Arabic presentation forms (PDF text), and the micro sign `µ`
// of Western keyboards, which is the Greek `μ`. Elsewhere NFKC would fold what an author
// may mean: `x²` is not `x2`, `H₂O` is not `H2O`, `½` is not `12`.
const COMPATIBILITY = /[\u00B5\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFC\uFF01-\uFFEE]+/g;

// Each key stands for the characters after it. Quotes keep their weight (single or double)
// because a code answer may tell `'a'` from `"a"`; every typographic and national form of
// each counts as the keyboard's. Every dash and minus sign counts as a hyphen. The full stop,
// comma and question mark of CJK and Arabic keyboards count as the ASCII ones. Arabic `ي`/`ك`
// and Persian `ی`/`ک` are one letter each, written by different keyboards.
const SAME_AS: Record<string, string> = {
  "'": '‘’‚‛ʻʼ´′‹›『』׳',
  '"': '“”„‟«»″「」〝〞〟״',
  '-': '‐‑‒–—―−﹘﹣',
  '...': '…',
  '.': '。٫',
  ',': '、،٬',
  ';': '؛',
  '?': '؟',
  '~': '〜',
  'ي': 'ی',
  'ك': 'ک',
};
const REPLACEMENT = new Map(Object.entries(SAME_AS).flatMap(([to, forms]) => [...forms].map((form) => [form, to])));
const FORMS = new RegExp(`[${[...REPLACEMENT.keys()].join('')}]`, 'gu');

// French typography spaces guillemets (`« mot »`) and puts a no-break space before `? ! ; :`;
// those spaces are typesetting, not part of the answer. A plain space before `:` is kept.
const FRENCH_SPACING = /([«‹])\s+|\s+([»›])|[\u00A0\u202F\u2009](?=[?!;:])/g;

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The ASCII digit for a decimal digit of any script (`٣`, `۳`, `३`, `３` are all `3`). The
 * Unicode stability policy guarantees that decimal digits (Nd) come in contiguous runs of
 * ten, from 0 to 9, so a digit's value is its distance from the start of its run, mod 10.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  let offset = 0;
  while (offset < code && DECIMAL_DIGIT.test(String.fromCodePoint(code - offset - 1))) offset++;
  return String(offset % 10);
}

/**
 * Folds the forms of one character that keyboards, input methods and smart punctuation
 * produce (see the tables above) to one form; case and spaces are left to the caller.
 * The result is in Unicode NFC.
 * @example foldKeyboardForms('don’t') // "don't"
 * @example foldKeyboardForms('«Ｔｏｋｙｏ»') // '"Tokyo"'
 * @example foldKeyboardForms('١٢٫٥') // '12.5'
 * @example foldKeyboardForms('x²') // 'x²' (superscripts are kept)
 */
export function foldKeyboardForms(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(COMPATIBILITY, (run) => run.normalize('NFKC'))
    .replace(FRENCH_SPACING, (_space, open?: string, close?: string) => open ?? close ?? '')
    .replace(FORMS, (form) => REPLACEMENT.get(form)!)
    .replace(/(?![0-9])\p{Nd}/gu, asciiDigit)
    .normalize('NFC');
}
