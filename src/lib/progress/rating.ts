/**
 * A flashcard's record after a rating: apart from the store, so that a page can show the new
 * counts at once while the store's own code is still loading. Browser-safe.
 */
import type { CardRating, CardRecord } from './schema';

/**
 * A card's record after one more rating at `at` (ms since the epoch).
 * @example addRating(undefined, 'got', 5) // { again: 0, got: 1, last: 'got', at: 5 }
 */
export function addRating(record: Pick<CardRecord, 'again' | 'got'> | undefined, rating: CardRating, at: number): CardRecord {
  const again = (record?.again ?? 0) + (rating === 'again' ? 1 : 0);
  const got = (record?.got ?? 0) + (rating === 'got' ? 1 : 0);
  return { again, got, last: rating, at };
}
