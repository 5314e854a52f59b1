import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckSpec, QuestionSpec } from '../../src/checks/schema';
import { typedKey } from '../../src/checks/kinds/typed/key';
import { SITES_DIR, siteUrl } from '../support/sites';

/** A page of the printing fixture (e2e/fixtures/paper), served under `/paper/`. */
export const paper = (path = '') => siteUrl('paper', path);

/** The self-checks of a built site, in guide order. */
export function checksOf(site: string): CheckSpec[] {
  return JSON.parse(readFileSync(join(SITES_DIR, site, '_mnemo/checks.json'), 'utf8')).checks;
}

/** The lessons of a built site that are exam pages: their questions show only inside the exam, never on paper. */
function examPages(site: string): string[] {
  return JSON.parse(readFileSync(join(SITES_DIR, site, '_mnemo/checks.json'), 'utf8')).exams ?? [];
}

/** The printable questions of a built site (of one lesson when `lesson` is given), in guide order. */
export function questionsOf(site: string, lesson?: string): QuestionSpec[] {
  const exams = examPages(site);
  return checksOf(site).filter((c): c is QuestionSpec => c.kind !== 'flashcard' && !exams.includes(c.lesson) && (lesson === undefined || c.lesson === lesson));
}

/**
 * How an answer key gives the question's right answers: each right choice marked correct, or
 * the expected answer (the kinds' own keys, src/checks/kinds/<kind>/render.ts).
 */
export function rightAnswers(spec: QuestionSpec): string[] {
  switch (spec.kind) {
    case 'single':
    case 'multiple':
      return spec.choices.filter((c) => c.correct).map((c) => `Correct: ${c.text}`);
    case 'text':
    case 'number':
      return [`Answer: ${typedKey(spec)}`];
    case 'order':
      return spec.steps;
    case 'match':
      return spec.pairs.map((pair) => `${pair.prompt}: ${pair.answer}`);
    case 'blanks':
      return spec.blanks.length === 1 ? [`Answer: ${typedKey(spec.blanks[0]!)}`] : spec.blanks.map((blank, n) => `Blank ${n + 1}: ${typedKey(blank)}`);
  }
}

/** Text as it compares across HTML and PDF: typographic quotes made plain, whitespace collapsed. */
export function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}


/**
 * Text reduced to what survives any line breaking: no whitespace, no hyphens (pdftotext joins
 * a word broken after a hyphen and drops the hyphen), plain quotes.
 */
export function squeeze(text: string): string {
  return plain(text).replace(/[\s-]+/g, '');
}
