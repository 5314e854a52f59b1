/**
 * Typed answers as real keyboards, input methods and smart punctuation in many languages
 * send them: each row is what the author wrote, what the learner typed, and the verdict a
 * learner must get. The rule is written for authors in docs/self-checks.md.
 */
import { describe, expect, it } from 'vitest';
import { gradeNumber, gradeText } from '../../../src/checks/core/grade';
import { parseNumber } from '../../../src/checks/core/normalise';

const RIGHT = true;
const WRONG = false;
const NBSP = '\u00A0';
const NNBSP = '\u202F';

type TextRow = [language: string, typed: string, accept: string[], verdict: boolean, caseSensitive?: boolean];

const textRows: TextRow[] = [
  ['English', 'don’t', ["don't"], RIGHT],
  ['English', 'Don‘t', ["don't"], RIGHT],
  ['English', "don't", ['don’t'], RIGHT], // the author's list is folded the same way
  ['English', 'donʼt', ["don't"], RIGHT],
  ['English', 'don´t', ["don't"], RIGHT],
  ['English', 'dont', ["don't"], WRONG],
  ['English', 'don"t', ["don't"], WRONG], // single and double quotes stay apart
  ['English', '“blue-green”', ['"blue-green"'], RIGHT],
  ['English', 'blue–green', ['blue-green'], RIGHT],
  ['English', 'blue—green', ['blue-green'], RIGHT],
  ['English', 'blue‑green', ['blue-green'], RIGHT],
  ['English', 'blue green', ['blue-green'], WRONG],
  ['English', 'wait…', ['wait...'], RIGHT],
  ['English', 'ﬁle system', ['file system'], RIGHT],
  ['English', 'immu\u00ADtable', ['immutable'], RIGHT],
  ['English', 'immu\u200Btable', ['immutable'], RIGHT],
  ['English', 'x2', ['x²'], WRONG], // superscripts are meant
  ['English', 'H2O', ['H₂O'], WRONG],
  ['English', '5 µs', ['5 μs'], RIGHT],
  ['French', '« immuable »', ['"immuable"'], RIGHT],
  ['French', `«${NBSP}immuable${NBSP}»`, ['«immuable»'], RIGHT],
  ['French', `Pourquoi${NNBSP}?`, ['pourquoi?'], RIGHT],
  ['French', 'l’état', ["l'état"], RIGHT],
  ['French', 'Ecole', ['école'], WRONG], // accents count
  ['French', 'e\u0301cole', ['école'], RIGHT],
  ['German', '„Haus“', ['"Haus"'], RIGHT],
  ['German', '‚Haus‘', ["'Haus'"], RIGHT],
  ['German', 'STRASSE', ['Straße'], RIGHT],
  ['German', 'Strasse', ['Straße'], RIGHT], // Swiss keyboards have no ß
  ['German', 'Strasse', ['Straße'], WRONG, true],
  ['German', 'Grosse', ['Größe'], WRONG],
  ['Spanish', '¿Qué?', ['¿qué?'], RIGHT],
  ['Spanish', 'que', ['qué'], WRONG],
  ['Spanish', 'an\u0303o', ['año'], RIGHT],
  ['Russian', '«Сине-зелёное»', ['"сине-зелёное"'], RIGHT],
  ['Russian', 'СИНЕ–ЗЕЛЁНОЕ', ['сине-зелёное'], RIGHT],
  ['Russian', 'сине-зеленое', ['сине-зелёное'], WRONG], // е and ё are two letters: list both if both are right
  ['Ukrainian', 'пам’ять', ["пам'ять"], RIGHT],
  ['Ukrainian', 'памʼять', ["пам'ять"], RIGHT],
  ['Greek', 'ΟΔΌΣ', ['οδός'], RIGHT],
  ['Greek', 'οδόσ', ['οδός'], RIGHT],
  ['Chinese', 'ＤＮＳ', ['DNS'], RIGHT],
  ['Chinese', '“配置漂移”', ['"配置漂移"'], RIGHT],
  ['Chinese', '配置\u3000漂移', ['配置 漂移'], RIGHT],
  ['Chinese', '配置漂移', ['配置 漂移'], WRONG], // spaces count
  ['Chinese', '对，错', ['对,错'], RIGHT],
  ['Chinese', '版本２', ['版本2'], RIGHT],
  ['Chinese', '体', ['體'], WRONG],
  ['Japanese', 'ｶﾞｲﾄﾞ', ['ガイド'], RIGHT],
  ['Japanese', '「東京」', ['"東京"'], RIGHT],
  ['Japanese', 'ｔｏｋｙｏ', ['Tokyo'], RIGHT],
  ['Japanese', 'ＴＯＫＹＯ', ['Tokyo'], WRONG, true],
  ['Japanese', '東京〜大阪', ['東京～大阪'], RIGHT],
  ['Japanese', '東京、大阪。', ['東京,大阪.'], RIGHT],
  ['Japanese', 'ひらがな', ['ヒラガナ'], WRONG],
  ['Korean', '한국어'.normalize('NFD'), ['한국어'], RIGHT],
  ['Arabic', 'كتـــاب', ['كتاب'], RIGHT],
  ['Arabic', '\u200Fكتاب\u200F', ['كتاب'], RIGHT],
  ['Arabic', 'ﻛﺘﺎﺏ', ['كتاب'], RIGHT],
  ['Arabic', 'الإصدار ٢', ['الإصدار 2'], RIGHT],
  ['Arabic', 'نعم، صحيح؟', ['نعم, صحيح?'], RIGHT],
  ['Arabic', 'كتاب', ['كِتَاب'], WRONG], // vowel marks count: list the bare form too
  ['Arabic', 'على', ['علي'], WRONG],
  ['Persian', 'کتاب', ['كتاب'], RIGHT],
  ['Persian', 'ایران', ['ايران'], RIGHT],
  ['Persian', 'سال ۱۴۰۲', ['سال 1402'], RIGHT],
  ['Hebrew', 'צ׳יפס', ["צ'יפס"], RIGHT],
  ['Hebrew', '״כן״', ['"כן"'], RIGHT],
  ['Hindi', 'अध्याय ३', ['अध्याय 3'], RIGHT],
];

describe('typed text answers, as keyboards of many languages write them', () => {
  it.each(textRows)('%s: %j against %j is %s', (_language, typed, accept, verdict, caseSensitive = false) => {
    expect(gradeText(typed, accept, caseSensitive)).toBe(verdict);
  });
});

type NumberRow = [language: string, typed: string, number: number, verdict: boolean, tolerance?: number];

const numberRows: NumberRow[] = [
  ['English', '5,000', 5000, RIGHT],
  ['English', '1,234,567.5', 1234567.5, RIGHT],
  ['English', '1,234', 1234, RIGHT], // one comma and three digits: thousands, as in English
  ['English', '1,234', 1.234, WRONG],
  ['English', '1e3', 1000, RIGHT],
  ['English', '1E-3', 0.001, RIGHT],
  ['English', '1.5×10^3', 1500, RIGHT],
  ['English', '1.5 x 10^3', 1500, RIGHT],
  ['English', '1.5·10³', 1500, RIGHT],
  ['English', '1.5*10^3', 1500, RIGHT],
  ['English', '1.5 × 10^-3', 0.0015, RIGHT],
  ['English', '1.5×10⁻³', 0.0015, RIGHT],
  ['English', '1.5×10^(−3)', 0.0015, RIGHT],
  ['English', '6.02×10²³', 6.02e23, RIGHT],
  ['English', '10^3', 1000, RIGHT],
  ['English', '1.5×10^3', 15000, WRONG],
  ['French', '1,5', 1.5, RIGHT],
  ['French', '0,500', 0.5, RIGHT], // no thousands group starts with 0
  ['French', '0,500', 500, WRONG],
  ['French', '1 234,5', 1234.5, RIGHT],
  ['French', `1${NNBSP}234,5`, 1234.5, RIGHT],
  ['French', `1${NBSP}000${NBSP}000`, 1e6, RIGHT],
  ['French', '−3,5', -3.5, RIGHT],
  ['French', '1,5e3', 1500, RIGHT],
  ['German', '1.234.567,5', 1234567.5, RIGHT],
  ['German', '1.234,5', 1234.5, RIGHT],
  ['German', '3,14', Math.PI, RIGHT, 0.01],
  ['German', '1.000', 1000, WRONG], // one dot is a decimal point: 1.000 is 1
  ['German (Switzerland)', "5'000", 5000, RIGHT],
  ['German (Switzerland)', '5’000', 5000, RIGHT],
  ['German (Switzerland)', "1'234.5", 1234.5, RIGHT],
  ['Spanish', '1.234.567', 1234567, RIGHT],
  ['Spanish', '2,5', 2.5, RIGHT],
  ['Russian', '1 000 000', 1e6, RIGHT],
  ['Russian', '–2,5', -2.5, RIGHT],
  ['English (India)', '1,00,000', 100000, RIGHT],
  ['English (India)', '12,34,567.5', 1234567.5, RIGHT],
  ['Chinese', '３．１４', 3.14, RIGHT],
  ['Chinese', '１２３', 123, RIGHT],
  ['Chinese', '1.5×10³', 1500, RIGHT],
  ['Japanese', '１，０００', 1000, RIGHT],
  ['Japanese', '－５', -5, RIGHT],
  ['Arabic', '٣٫٥', 3.5, RIGHT],
  ['Arabic', '١٬٢٣٤٫٥', 1234.5, RIGHT],
  ['Arabic', '\u061C-٣', -3, RIGHT],
  ['Arabic', '٣,٥', 3.5, RIGHT],
  ['Arabic', '١٫٥×١٠^٣', 1500, RIGHT],
  ['Persian', '۳٫۵', 3.5, RIGHT],
  ['Persian', '۱۲۳۴', 1234, RIGHT],
  ['Persian', '\u200E\u2212۲', -2, RIGHT],
  ['Hindi', '१२.५', 12.5, RIGHT],
];

describe('typed numbers, as learners of many locales write them', () => {
  it.each(numberRows)('%s: %j against %d is %s', (_language, typed, number, verdict, tolerance = 0) => {
    expect(gradeNumber(typed, number, tolerance)).toBe(verdict);
  });

  it.each([
    ['1,2,3', 'commas in no locale’s pattern'],
    ['1.234.5', 'a grouping with a dot as decimal point too'],
    ['0.500.000', 'a group that starts with 0'],
    ['5 00', 'a group of two digits'],
    ['1,5.2', 'a decimal comma and a decimal point'],
    ['2x10', 'times ten without a power'],
    ['110^3', 'a power without a multiplication sign'],
    ['٣/٥', 'a fraction'],
    ['- 5', 'a sign apart from its number'],
  ])('does not read %j as a number (%s)', (typed) => {
    expect(parseNumber(typed)).toBeNull();
  });
});
