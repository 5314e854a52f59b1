/**
 * The results of a submitted attempt: pass or fail against the pass mark, the score, the time
 * taken, the score per section, what to do next (retry the missed questions, take the same
 * test again, a new one), then every question reviewed.
 */
import examUi from 'virtual:mnemo/ui/exam';
import lang from 'virtual:mnemo/lang';
import { text } from '../../i18n/format';
import { plural } from '../../i18n/plural';
import { formatDuration } from '../labels';
import type { ExamScore, Outcome } from '../score';
import { h } from './dom';
import type { ExamQuestion } from './exam-question';

/** What the learner may do from the results. */
export interface ResultActions {
  retryMissed(ids: string[]): void;
  retake(): void;
  newTest(): void;
  /** Back to the practice page's choices; absent on exam pages. */
  change?(): void;
}

/** A section's title by slug ('' and unknown slugs get the "outside any section" label). */
export type SectionTitles = ReadonlyMap<string, string>;

function sectionTable(score: ExamScore, titles: SectionTitles): HTMLElement {
  const head = h('tr', {}, ...[examUi.sectionColumn, examUi.scoreColumn, examUi.percentColumn].map((label) => h('th', { scope: 'col' }, text(label))));
  const rows = score.sections.map((s) =>
    h('tr', {}, h('th', { scope: 'row' }, titles.get(s.section) ?? text(examUi.noSection)), h('td', {}, text(examUi.sectionRight, { right: s.right, total: s.total }, lang)), h('td', {}, text(examUi.sectionPercent, { percent: s.percent }, lang))),
  );
  return h('table', { class: 'mn-exam__sections' }, h('caption', {}, text(examUi.bySection)), h('thead', {}, head), h('tbody', {}, ...rows));
}

function actionButtons(score: ExamScore, actions: ResultActions): HTMLElement {
  const button = (label: string, run: () => void, primary = false) => {
    const b = h('button', { type: 'button', class: `mn-button${primary ? ' mn-button--primary' : ''}` }, label);
    b.addEventListener('click', run);
    return b;
  };
  const missed = score.missed.length;
  return h(
    'div',
    { class: 'mn-exam__actions' },
    ...(missed ? [button(plural(lang, examUi.retryMissed, missed), () => actions.retryMissed(score.missed), true)] : []),
    button(text(examUi.retake), actions.retake, !missed),
    button(text(examUi.newTest), actions.newTest),
    ...(actions.change ? [button(text(examUi.changeOptions), actions.change)] : []),
  );
}

/**
 * Shows the results in `paper`, with `questions` reviewed below (all on one page), and returns
 * the heading, for focus.
 * @example showResults(paper, score, 70, outcomes, questions, titles, actions).focus()
 */
export function showResults(
  paper: HTMLElement,
  score: ExamScore,
  passMark: number,
  outcomes: Readonly<Record<string, Outcome>>,
  questions: ExamQuestion[],
  titles: SectionTitles,
  actions: ResultActions,
): HTMLElement {
  const heading = h('h2', { class: 'mn-exam__title', tabindex: -1 }, text(examUi.results));
  const verdict = h('p', { class: 'mn-exam__outcome', 'data-passed': String(score.passed) }, text(score.passed ? examUi.passed : examUi.failed));
  const figures = h(
    'p',
    {},
    `${text(examUi.score, { right: score.right, total: score.total, percent: score.percent }, lang)} ${text(examUi.passMarkWas, { percent: passMark }, lang)} `,
    text(examUi.timeTaken, { time: formatDuration(score.timeTakenMs, lang, examUi) }, lang),
  );
  for (const q of questions) {
    q.review(outcomes[q.id] ?? 'unanswered');
    q.heading.setAttribute('aria-level', '3');
  }
  const review = h('section', { class: 'mn-exam__review', 'aria-labelledby': 'mn-exam-review' }, h('h2', { id: 'mn-exam-review' }, text(examUi.review)), ...questions.map((q) => q.box));
  const summary = h('section', { class: 'mn-exam__summary', 'aria-labelledby': 'mn-exam-result' }, heading, verdict, figures, sectionTable(score, titles), actionButtons(score, actions));
  heading.id = 'mn-exam-result';
  paper.replaceChildren(summary, review);
  paper.dataset.layout = 'results';
  return heading;
}
