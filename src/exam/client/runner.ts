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
import { openProgress } from '../../checks/client/progress';
import type { Layout, OpenAttempt } from '../attempt';
import { poolFromIndex, weakSpotHistory } from '../catalogue-pool';
import type { ExamConfig, StartOptions } from '../config';
import { drawQuestions } from '../draw';
import type { ExamStorage } from '../exam-storage';
import { openExamStorage } from './storage';
import { selectPool } from '../pool';
import { newSeed } from '../seed';
import { say } from './dom';
import { take } from './take';

/** What the runner needs of its `<mnemo-exam>` element. */
export interface Host {
  config: ExamConfig;
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

/** What to run: a new attempt, the saved one, or a new attempt of only some questions. */
export type Action = { start: StartOptions } | { resume: true } | { retry: { ids: string[]; layout: Layout } };

const catalogues = new Map<string, Catalogue>();
const catalogueOf = (base: string) => catalogues.get(base) ?? catalogues.set(base, openCatalogue(base)).get(base)!;
const stores = new WeakMap<Host, ExamStorage>();

/** The exam store of a host's guide; a failed save is said once, in the host's live region. */
function storageOf(host: Host): ExamStorage {
  let storage = stores.get(host);
  if (!storage) {
    let warned = false;
    storage = openExamStorage(host.config.keys.exams, () => {
      if (!warned) say(host.status, text(examUi.notSaved));
      warned = true;
    });
    stores.set(host, storage);
  }
  return storage;
}

/** The learner's last results, from saved progress, for "focus on my weak spots". */
const history = (key: string) => weakSpotHistory(openProgress(key).read().questions);

/** A new attempt of `drawn`, saved as the exam's open attempt. */
function begin(host: Host, storage: ExamStorage, seed: string, drawn: string[], layout: Layout, timeLimit?: number): OpenAttempt {
  const now = Date.now();
  const attempt: OpenAttempt = { id: newSeed(), exam: host.config.exam, seed, drawn, answers: {}, flags: [], startedAt: now, layout, updatedAt: now };
  if (timeLimit !== undefined) attempt.timeLimit = timeLimit;
  storage.update((store) => ({ ...store, open: { ...store.open, [attempt.exam]: attempt }, layout }));
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
  const storage = storageOf(host);
  say(host.status, text(examUi.loading));
  let notice = '';
  try {
    let attempt: OpenAttempt;
    if ('resume' in action) {
      const open = storage.read().open[config.exam];
      if (!open) {
        say(host.status, '');
        return host.showSetup();
      }
      attempt = open;
      host.address(attempt.seed);
    } else if ('retry' in action) {
      const seed = newSeed();
      const { ids, layout } = action.retry;
      attempt = begin(host, storage, seed, drawQuestions({ pool: [], include: ids, count: ids.length, seed }), layout);
    } else {
      const options = action.start;
      const pool = selectPool(poolFromIndex(await catalogue.index(), config.exclude), options.selection);
      const drawn = drawQuestions({
        pool, include: config.include, count: options.count, seed: options.seed,
        ...(options.weakSpots ? { weakSpots: true, history: history(config.keys.progress) } : {}),
      });
      if (!drawn.length) {
        say(host.status, text(examUi.noQuestions));
        host.showSetup();
        return;
      }
      attempt = begin(host, storage, options.seed, drawn, options.layout, options.timeLimit);
      if (drawn.length < options.count) notice = plural(lang, examUi.fewer, drawn.length);
    }
    const [index, items] = await Promise.all([catalogue.index(), catalogue.items(attempt.drawn)]);
    if (!items.length) throw new Error('None of the attempt’s questions is in the catalogue.');
    say(host.status, notice);
    await take(host, storage, attempt, { index, items, focus: !('resume' in action) }, (next) => runExam(host, next));
  } catch (error) {
    console.error(error);
    say(host.status, text(examUi.unavailable));
    host.showSetup();
  }
}
