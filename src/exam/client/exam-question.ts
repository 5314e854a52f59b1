/**
 * One question of an exam, in exam mode: rendered from the catalogue with the function lesson
 * pages use, answered through its kind's own browser part, but with no Check button, no hints,
 * no feedback and no explanation until the attempt is submitted. Then `review` locks it and
 * shows the learner's answer, the right answer, every feedback and the explanation.
 */
import lang from 'virtual:mnemo/lang';
import examUi from 'virtual:mnemo/ui/exam';
import kindsUi from 'virtual:mnemo/ui/kinds';
import questionUi from 'virtual:mnemo/ui/question';
import type { CatalogueItem } from '../../checks/catalogue/collect';
import { KIND_CLIENTS } from '../../checks/client/kinds';
import { renderQuestion } from '../../checks/render/question';
import type { QuestionParts, RenderContext } from '../../checks/render/types';
import type { QuestionKind, QuestionSpec } from '../../checks/schema';
import { text } from '../../i18n/format';
import { choiceRandom } from '../random';
import type { Outcome } from '../score';
import { readControls, restoreControls } from './controls';
import { h } from './dom';

/** A question of the attempt, with its heading and flag. */
export interface ExamQuestion {
  id: string;
  /** Its `<section>`: heading, flag button and the question. */
  box: HTMLElement;
  /** "Question 3 of 30", focused when the learner moves to it. */
  heading: HTMLElement;
  flag: HTMLButtonElement;
  /** Whether the learner has given an answer that can be graded. */
  answered(): boolean;
  /** The answer as JSON, to save. */
  response(): unknown;
  restore(response: unknown): void;
  outcome(): Outcome;
  /** Locks the answer and shows how it went. */
  review(outcome: Outcome): void;
}

/** What every question of one attempt shares. */
export interface QuestionContext {
  /** The attempt's seed: each question's shuffled order comes from it. */
  seed: string;
  total: number;
  /** The guide's progress key and shuffle setting, as lesson pages render with. */
  store: string;
  shuffle: boolean;
  /** Called after any change the learner makes to the answer. */
  onChange(id: string): void;
}

/** The `<mnemo-question>` markup as a plain element: exam questions must not run the lesson element. */
function renderedRoot(item: CatalogueItem, context: QuestionContext): HTMLElement {
  const template = document.createElement('template');
  // A question renders with the question and kinds strings (ordering, matching and blanks name
  // their parts); the card strings (for flashcards) would only add weight here.
  const ctx = { store: context.store, shuffle: context.shuffle, lang, ui: { question: questionUi, kinds: kindsUi } as RenderContext['ui'] };
  template.innerHTML = renderQuestion(item.spec as QuestionSpec, item.parts as QuestionParts, ctx);
  const rendered = template.content.firstElementChild!;
  const root = h('div');
  for (const { name, value } of rendered.attributes) if (name !== 'data-store') root.setAttribute(name, value);
  root.classList.add('mn-exam__check');
  root.append(...rendered.childNodes);
  // No help while answering: hints, the Check controls and the last result go; the answer key
  // and explanation wait, hidden, for the results (placed as `<mnemo-question>` places them).
  for (const extra of root.querySelectorAll('.mn-hints, .mn-question__actions, .mn-question__earlier, .mn-question__status')) extra.remove();
  const disclosure = root.querySelector('.mn-question__answer')!;
  const outcome = root.querySelector<HTMLElement>('.mn-question__outcome')!;
  outcome.append(...disclosure.querySelectorAll('.mn-key--typed, .mn-explanation'));
  disclosure.remove();
  return root;
}

/**
 * The exam question for a catalogue item, the `n`-th (from 0) of the attempt.
 * @example await examQuestion(item, 0, { seed, total: 30, store, shuffle: false, onChange: save })
 */
export async function examQuestion(item: CatalogueItem, n: number, context: QuestionContext): Promise<ExamQuestion> {
  const { id } = item.spec;
  const root = renderedRoot(item, context);
  const title = `mn-exam-q${n + 1}`;
  // A heading of the second level while the exam runs (under the page's title); the results
  // make it the third, under their "Review" heading.
  const heading = h('h2', { id: title, class: 'mn-exam__number', tabindex: -1 }, text(examUi.questionOf, { n: n + 1, total: context.total }, lang));
  const verdict = h('p', { class: 'mn-exam__verdict', hidden: true });
  const flag = h('button', { type: 'button', class: 'mn-button mn-exam__flag', 'aria-pressed': 'false' }, text(examUi.flag));
  // Kinds that move things (an ordering question's steps) announce each move here: no verdict is said during an exam.
  const status = h('p', { class: 'mn-visually-hidden', role: 'status' });
  const box = h('section', { class: 'mn-exam__question', 'aria-labelledby': title }, h('div', { class: 'mn-exam__head' }, heading, flag), verdict, root, status);

  const spec = JSON.parse(root.dataset.spec!) as { kind: QuestionKind };
  const client = await KIND_CLIENTS[spec.kind]();
  const part = client.createPart({ root, spec: spec as never, ui: questionUi, submit: () => {}, say: (message) => (status.textContent = message), random: choiceRandom(context.seed, id) });
  part.show('unanswered');
  // Kinds answer through inputs, selects or buttons; any of these may change the answer.
  let queued = false;
  const changed = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      context.onChange(id);
    });
  };
  for (const type of ['input', 'change', 'click']) root.addEventListener(type, changed);

  const response = () => (part.response ? part.response() : readControls(root));
  // An ordering question is complete from the start (its steps, shuffled, are an order): it
  // counts as answered once the learner has changed something, as every other kind does.
  const untouched = JSON.stringify(response());
  const answered = () => part.missing() === '' && JSON.stringify(response()) !== untouched;
  return {
    id,
    box,
    heading,
    flag,
    answered,
    response,
    restore: (response) => (part.restore ? part.restore(response) : restoreControls(root, response)),
    outcome: () => (!answered() ? 'unanswered' : part.grade().right ? 'right' : 'wrong'),
    review(outcome) {
      // Right: the learner's answer marked right. Otherwise the answer revealed, as "Show
      // answer" does on a lesson page: every choice marked, with its feedback.
      part.show(outcome === 'right' ? 'right' : 'revealed');
      const shown = root.querySelector<HTMLElement>('.mn-question__outcome')!;
      shown.hidden = !shown.hasChildNodes();
      const word = outcome === 'right' ? examUi.verdictRight : outcome === 'wrong' ? examUi.verdictWrong : examUi.verdictUnanswered;
      verdict.textContent = text(word);
      verdict.dataset.outcome = outcome;
      verdict.hidden = false;
      flag.hidden = true;
      box.hidden = false;
    },
  };
}
