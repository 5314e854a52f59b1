/**
 * What every GIFT question converter needs: where the question is, its id, the stem with or
 * without a blank at the gap, the general feedback as explanation, and a place to record losses.
 */
import type { TextFormat } from 'gift-pegjs';
import type { Leftovers } from '../leftovers.ts';
import { blankToken } from '../model.ts';
import { giftToMdx } from './text.ts';

/** One question being converted. */
export interface GiftQuestionContext {
  /** The id the question asks for (made unique once it is imported). */
  id: string;
  line: number;
  /** Images and relative links its texts left behind. */
  found: Leftovers;
  /** What was imported with a loss, in words; reported with the file and line. */
  losses: string[];
}

/** The gap gift-pegjs leaves in the stem of a missing-word question (as Moodle does). */
export const GAP = '_____';

/**
 * The stem as MDX. With `blank`, the gap of a missing-word question becomes blank 0;
 * otherwise the gap stays visible as `_____`.
 */
export function stemMdx(stem: TextFormat, ctx: GiftQuestionContext, blank = false): string {
  // gift-pegjs pads the gap with spaces; Moodle writes `_____.` when punctuation follows it.
  const gapped = stem.text.replace(/_____ (?=[.,;:!?)])/, GAP);
  const text = blank ? gapped.replace(GAP, blankToken(0)) : gapped;
  return giftToMdx({ ...stem, text }, ctx.found);
}

/**
 * The general feedback (`####...`) and any further MDX as the question's explanation, spread
 * into the question: `{ explanation }`, or `{}` when there is nothing to explain.
 */
export function explanationOf(
  general: TextFormat | null | undefined,
  ctx: GiftQuestionContext,
  more: string[] = [],
): { explanation?: string } {
  const parts = [...(general && general.text.trim() !== '' ? [giftToMdx(general, ctx.found)] : []), ...more];
  const explanation = parts.filter((part) => part.trim() !== '').join('\n\n');
  return explanation === '' ? {} : { explanation };
}

/** A Moodle weight as a fraction of full credit: `=` and no weight mean 100%. */
export function credit(weight: number | null, isCorrect: boolean, otherwise: number): number {
  if (weight !== null) return weight;
  return isCorrect ? 100 : otherwise;
}
