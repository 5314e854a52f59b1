/**
 * The browser's side of saved progress, for every question, card and reset on a page. Reading
 * is light: what a page shows as it loads needs only each id's last result. The store itself,
 * with its validation, migrations and keeping aside of damaged values, loads on the first change
 * (`learner-data/client/on-demand.ts`), so a lesson page loads none of it before the learner
 * acts. Every change is announced (events.ts) once saved, so every badge, question and card on
 * the page follows it. Saving goes through the page's storage: a save the browser refuses is
 * kept for this page and reported, and the page says that progress is not being kept.
 * Each element carries its store key in `data-store`: the key depends on the guide's base,
 * which only the server knows.
 */
import { ID_PATTERN } from '../core/ids';
import { demand } from '../../learner-data/client/on-demand';
import { pageStorage } from '../../learner-data/client/storage';
import { reportUnsaved } from '../../learner-data/client/unsaved';
import { addRating } from '../../lib/progress/rating';
import type { CardRating, CardRecord, QuestionResult } from '../../lib/progress/schema';
import type { ProgressStore } from '../../lib/progress/store';
import { peekProgress } from '../../lib/progress/summary';
import { announceProgress } from './events';

/** What a page reads of saved progress: each question's last result and each card's record. */
export interface SavedResults {
  questions: Record<string, { result: QuestionResult } | undefined>;
  cards: Record<string, CardRecord | undefined>;
}

/** One guide's progress as a page uses it. Changes resolve once saved (or refused). */
export interface BrowserProgress {
  /** What is saved now; unreadable entries read as nothing. */
  read(): SavedResults;
  /** Records a question's latest result; `hinted` when a hint was shown before it. */
  recordResult(id: string, result: QuestionResult, hinted?: boolean): Promise<void>;
  /** Adds a rating to a card and returns its new record at once; saving follows. */
  rateCard(id: string, rating: CardRating): CardRecord;
  /** Forgets the given questions and cards (a lesson's or a section's reset). */
  forget(ids: readonly string[]): Promise<void>;
  /** Forgets everything saved for the guide. */
  clear(): Promise<void>;
  /**
   * Starts loading the store's code before the first change: called when the learner first
   * touches a self-check, so that a result is saved at once on Check, even if the learner
   * leaves the page right after.
   */
  warm(): void;
}

const RESULTS: readonly unknown[] = ['right', 'wrong', 'revealed'];
const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0);
/** Where release 0.1.0 kept progress, until the store moves it. */
const legacyKey = (key: string) => key.replace(/^mnemo:progress:/, 'mnemo:v1:progress:');

function get(key: string): string | null {
  try {
    return pageStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The results in the value under `key` (any version), leaving out what does not read. */
function readSaved(key: string): SavedResults {
  const { questions, cards } = peekProgress(get(key) ?? get(legacyKey(key)));
  const saved: SavedResults = { questions: {}, cards: {} };
  for (const [id, record] of Object.entries(questions)) {
    if (ID_PATTERN.test(id) && RESULTS.includes(record?.result)) saved.questions[id] = record as { result: QuestionResult };
  }
  for (const [id, record] of Object.entries(cards) as [string, Partial<CardRecord> | undefined][]) {
    const last = record?.last;
    if (ID_PATTERN.test(id) && (last === 'again' || last === 'got')) saved.cards[id] = { again: count(record!.again), got: count(record!.got), last, at: count(record!.at) };
  }
  return saved;
}

/** The progress of the guide whose key is `key`. */
export function openProgress(key: string): BrowserProgress {
  let store: Promise<ProgressStore> | undefined;
  // Ratings given while the store's code loads: a second one counts on top of the first.
  const rated = new Map<string, CardRecord>();
  const load = () => (store ??= demand('progressStore').then((open) => open(key)));
  const change = async (apply: (store: ProgressStore) => void, reset?: readonly string[] | 'all') => {
    const loading = load();
    try {
      apply(await loading);
    } catch (error) {
      // The store's code did not load (offline, say): nothing was saved, and the page says so.
      store = undefined;
      return reportUnsaved(error);
    }
    announceProgress(reset ? { key, reset } : { key });
  };
  // Progress of release 0.1.0 moves to its current key as soon as a page that saves opens.
  if (get(key) === null && get(legacyKey(key)) !== null) void change((s) => s.read());
  return {
    read: () => readSaved(key),
    recordResult: (id, result, hinted) => change((s) => s.recordResult(id, result, hinted)),
    rateCard(id, rating) {
      const record = addRating(rated.get(id) ?? readSaved(key).cards[id], rating, Date.now());
      rated.set(id, record);
      void change((s) => s.rateCard(id, rating)).finally(() => rated.get(id) === record && rated.delete(id));
      return record;
    },
    forget: (ids) => (ids.forEach((id) => rated.delete(id)), change((s) => s.forget(ids), ids)),
    clear: () => (rated.clear(), change((s) => s.clear(), 'all')),
    warm: () => void load().catch(() => (store = undefined)),
  };
}
