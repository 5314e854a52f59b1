/**
 * Starting, resuming and retrying attempts: the seeded draw from the catalogue index, the new
 * attempt saved before anything is shown (so a reload at once resumes it), then only the drawn
 * questions' catalogue items fetched. Loaded on demand by `<mnemo-exam>`.
 */
import examUi from 'virtual:mnemo/ui/exam';
import lang from 'virtual:mnemo/lang';
import { openCatalogue, type Catalogue } from '../../checks/catalogue/client';
import { text } from '../../i18n/format';
import { plural } from '../../i18n/plural';
import { createProgressStore } from '../../lib/progress/store';
import { studyKeys } from '../../lib/progress/keys';
import type { Layout, OpenAttempt } from '../attempt';
import { poolFromIndex, weakSpotHistory } from '../catalogue-pool';
import type { ExamConfig, StartOptions } from '../config';
import { drawQuestions } from '../draw';
import type { ExamStorage } from '../exam-storage';
import { selectPool } from '../pool';
import { newSeed } from '../seed';
import { say } from './dom';
import { take } from './take';

/** What the runner needs of its `<mnemo-exam>` element. */
export interface Host {
  config: ExamConfig;
  storage: ExamStorage;
  /** Where the attempt and its results are shown. */
  paper: HTMLElement;
  /** The element's live region for loading, errors and notices. */
  status: HTMLElement;
  /** The setup's choices with `seed` (a new seed when absent). */
  options(seed?: string): StartOptions;
  /** Puts an attempt's seed (and the practice choices) in the address, for reloads and sharing. */
  address(seed: string): void;
  /** Shows the setup again (and hides the paper). */
  showSetup(): void;
  /** Hides the setup and shows the paper. */
  showPaper(): void;
}

/** What to run: a new attempt, a saved one, or a new attempt of only some questions. */
export type Action = { start: StartOptions } | { resume: OpenAttempt } | { retry: { ids: string[]; layout: Layout } };

const catalogues = new Map<string, Catalogue>();
const catalogueOf = (base: string) => catalogues.get(base) ?? catalogues.set(base, openCatalogue(base)).get(base)!;

/** The learner's last results, from saved progress, for "focus on my weak spots". */
function history(base: string) {
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  })();
  return weakSpotHistory(createProgressStore(storage, studyKeys(base).progress).read().questions);
}

/** A new attempt of `drawn`, saved as the exam's open attempt. */
function begin(host: Host, seed: string, drawn: string[], layout: Layout, timeLimit?: number): OpenAttempt {
  const now = Date.now();
  const attempt: OpenAttempt = { id: newSeed(), exam: host.config.exam, seed, drawn, answers: {}, flags: [], startedAt: now, layout, updatedAt: now };
  if (timeLimit !== undefined) attempt.timeLimit = timeLimit;
  host.storage.update((store) => ({ ...store, open: { ...store.open, [attempt.exam]: attempt }, layout }));
  host.address(seed);
  return attempt;
}

/**
 * Runs an action: draws and saves a new attempt if asked, loads its questions, and hands over
 * to `take` (which also shows a submitted attempt's results).
 * @example await runExam(host, { start: host.options() })
 */
export async function runExam(host: Host, action: Action): Promise<void> {
  const { config } = host;
  const catalogue = catalogueOf(config.base);
  say(host.status, text(examUi.loading));
  let notice = '';
  try {
    let attempt: OpenAttempt;
    if ('resume' in action) {
      attempt = action.resume;
      host.address(attempt.seed);
    } else if ('retry' in action) {
      const seed = newSeed();
      const { ids, layout } = action.retry;
      attempt = begin(host, seed, drawQuestions({ pool: [], include: ids, count: ids.length, seed }), layout);
    } else {
      const options = action.start;
      const pool = selectPool(poolFromIndex(await catalogue.index(), config.exclude), options.selection);
      const drawn = drawQuestions({
        pool, include: config.include, count: options.count, seed: options.seed,
        ...(options.weakSpots ? { weakSpots: true, history: history(config.base) } : {}),
      });
      if (!drawn.length) {
        say(host.status, text(examUi.noQuestions));
        host.showSetup();
        return;
      }
      attempt = begin(host, options.seed, drawn, options.layout, options.timeLimit);
      if (drawn.length < options.count) notice = plural(lang, examUi.fewer, drawn.length);
    }
    const [index, items] = await Promise.all([catalogue.index(), catalogue.items(attempt.drawn)]);
    if (!items.length) throw new Error('None of the attempt’s questions is in the catalogue.');
    say(host.status, notice);
    await take(host, attempt, { index, items, focus: !('resume' in action) }, (next) => runExam(host, next));
  } catch (error) {
    console.error(error);
    say(host.status, text(examUi.unavailable));
    host.showSetup();
  }
}
