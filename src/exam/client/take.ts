/**
 * Taking an attempt: its questions built from the catalogue with the saved answers and flags
 * put back, every change saved at once (so a reload, a closed tab or a second tab resume it),
 * the timer, the confirmation, and submitting: scored, kept with the finished attempts, fed to
 * progress and review, then reviewed question by question.
 */
import examUi from 'virtual:mnemo/ui/exam';
import lang from 'virtual:mnemo/lang';
import type { CatalogueItem } from '../../checks/catalogue/collect';
import type { CatalogueIndex } from '../../checks/catalogue/write';
import { text } from '../../i18n/format';
import { toResult, type OpenAttempt } from '../attempt';
import { questionPlaces } from '../catalogue-pool';
import type { ExamStorage } from '../exam-storage';
import { confirmText } from '../labels';
import { scoreAttempt, type Outcome } from '../score';
import { confirmSubmit, type Confirmation } from './confirm';
import { say } from './dom';
import { examQuestion } from './exam-question';
import { showResults } from './results-view';
import type { Action, Host } from './runner';
import { createSheet } from './sheet';
import { startTimer } from './timer-view';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The catalogue as an attempt needs it, and whether to move focus to the first question. */
export interface Loaded {
  index: CatalogueIndex;
  /** The drawn questions' items, in the attempt's order. */
  items: CatalogueItem[];
  /** False when resuming on page load: focus stays where the browser put it. */
  focus: boolean;
}

/**
 * Shows `attempt` for taking, or its results when it is already submitted. `run` starts
 * another action (retry, retake, a new test).
 */
export async function take(host: Host, storage: ExamStorage, attempt: OpenAttempt, { index, items, focus }: Loaded, run: (action: Action) => void): Promise<void> {
  const { config, paper } = host;
  // Questions removed from the guide since the draw are left out of the attempt.
  const drawn = items.map((item) => item.spec.id);
  let saved: OpenAttempt = same(drawn, attempt.drawn) ? attempt : { ...attempt, drawn, flags: attempt.flags.filter((id) => drawn.includes(id)) };
  const answers: Record<string, unknown> = { ...saved.answers };
  const flags = new Set(saved.flags);
  let layout = saved.layout;
  let stopTimer: (() => void) | undefined;
  let confirmation: Confirmation | undefined;
  let done = false;

  const persist = () => {
    saved = { ...saved, answers: { ...answers }, flags: [...flags], layout, updatedAt: Math.max(Date.now(), saved.updatedAt + 1) };
    const stored = storage.update((store) => {
      const current = store.open[config.exam];
      // Another tab started a new attempt meanwhile: it is the open one now.
      if (current && current.id !== saved.id) return store;
      return { ...store, open: { ...store.open, [config.exam]: saved }, layout };
    });
    follow(stored.open[config.exam]);
  };
  const onChange = (id: string) => {
    const question = questions.find((q) => q.id === id);
    if (done || !question) return;
    const response = question.response();
    if (same(response, answers[id])) return;
    answers[id] = response;
    sheet.refresh();
    persist();
  };
  const questions = await Promise.all(
    items.map((item, n) => examQuestion(item, n, { seed: saved.seed, total: items.length, store: config.keys.progress, shuffle: config.shuffle, onChange })),
  );
  for (const q of questions) if (answers[q.id] !== undefined) q.restore(answers[q.id]);

  const places = questionPlaces(index);
  const titles = new Map(index.sections.map((s) => [s.slug, s.title] as const));
  const finish = (fresh: boolean, timeUp = false) => {
    if (done) return;
    done = true;
    stopTimer?.();
    confirmation?.close();
    window.removeEventListener('storage', onStorage);
    const submittedAt = saved.submittedAt ?? Date.now();
    const outcomes: Record<string, Outcome> = Object.fromEntries(questions.map((q) => [q.id, q.outcome()]));
    const score = scoreAttempt({
      questions: questions.map((q) => ({ id: q.id, lesson: places.get(q.id)?.lesson ?? '', section: places.get(q.id)?.section ?? '' })),
      outcomes, passMark: config.passMark, startedAt: saved.startedAt, submittedAt, sectionOrder: index.sections.map((s) => s.slug),
      ...(saved.timeLimit === undefined ? {} : { timeLimit: saved.timeLimit }),
    });
    if (fresh) {
      const submitted: OpenAttempt = { ...saved, answers: { ...answers }, flags: [...flags], submittedAt, updatedAt: Math.max(submittedAt, saved.updatedAt + 1) };
      let first = true;
      storage.update((store) => {
        const current = store.open[config.exam];
        // Submitted in another tab at the same moment (time ran out in both): kept once.
        if (current?.id === submitted.id && current.submittedAt !== undefined) return (first = false), store;
        return { ...store, open: { ...store.open, [config.exam]: submitted }, results: [toResult(submitted, score, config.passMark), ...store.results] };
      });
      if (first) void import('./feed').then(({ feedStudy }) => feedStudy(config.keys, outcomes, submittedAt));
    }
    const actions = {
      retryMissed: (ids: string[]) => run({ retry: { ids, layout } }),
      retake: () => run({ start: host.options(saved.seed) }),
      newTest: () => run({ start: host.options() }),
      ...(config.questions === undefined ? { change: () => host.showSetup() } : {}),
    };
    const heading = showResults(paper, score, config.passMark, outcomes, questions, titles, actions);
    if (timeUp) say(host.status, text(examUi.timeUp));
    if (fresh) heading.focus();
  };
  /** Takes up what another tab saved of this attempt: its answers, flags, or its submit. */
  const follow = (current: OpenAttempt | undefined) => {
    if (done || !current) return;
    if (current.id !== saved.id) {
      done = true;
      stopTimer?.();
      window.removeEventListener('storage', onStorage);
      return run({ resume: true });
    }
    if (current.updatedAt <= saved.updatedAt && current.submittedAt === undefined) return;
    for (const q of questions) if (!same(current.answers[q.id], answers[q.id])) q.restore(current.answers[q.id]);
    Object.assign(answers, current.answers);
    flags.clear();
    for (const id of current.flags) flags.add(id);
    saved = current;
    sheet.refresh();
    if (current.submittedAt !== undefined) finish(false);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === config.keys.exams || event.key === null) follow(storage.read().open[config.exam]);
  };

  const sheet = createSheet(paper, questions, flags, layout, {
    onLayout(to) {
      layout = to;
      persist();
    },
    onFlag: () => persist(),
    async onSubmit() {
      const numbers = (keep: (q: (typeof questions)[number]) => boolean) => questions.flatMap((q, n) => (keep(q) ? [n + 1] : []));
      confirmation = confirmSubmit(paper, confirmText(numbers((q) => !q.answered()), numbers((q) => flags.has(q.id)), lang, examUi));
      if (await confirmation.answer) finish(true);
    },
  });
  host.showPaper();
  if (saved.submittedAt !== undefined) return finish(false);
  if (saved !== attempt) persist();
  window.addEventListener('storage', onStorage);
  if (saved.timeLimit !== undefined) stopTimer = startTimer(sheet.bar, saved.startedAt, saved.timeLimit, () => finish(true, true));
  if (focus && !done) questions[0]!.heading.focus();
}
