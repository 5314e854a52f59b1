/**
 * `<mnemo-question>`: makes a server-rendered question answerable. Its one `data-spec`
 * attribute says what its kind's code needs; that code loads on demand. The learner picks
 * or types, checks, and then may try again or show the answer; the result is saved, and a
 * revisited question shows its earlier result but never a pre-filled answer.
 */
import ui from 'virtual:mnemo/ui/question';
import type { QuestionKind } from '../schema';
import type { Grade } from '../render/types';
import type { AnswerPart } from './answer-part';
import { onProgress, resets } from './events';
import { setupHints } from './hints';
import { KIND_CLIENTS } from './kinds';
import { openProgress } from './progress';
import { controlsView, earlierMessage, resultMessage, type QuestionState } from './view-state';

class MnemoQuestion extends HTMLElement {
  async connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const spec = JSON.parse(this.dataset.spec!) as { kind: QuestionKind };
    const kind = spec.kind;
    const q = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const actions = q('.mn-question__actions');
    const button = (action: string) => q<HTMLButtonElement>(`[data-action="${action}"]`);
    const [check, retry, reveal] = [button('check'), button('retry'), button('reveal')];
    const status = q('.mn-question__status');
    const earlier = q('.mn-question__earlier');
    const outcome = q('.mn-question__outcome');
    const store = openProgress(this.dataset.store!);
    const last = store.read().questions[this.id]?.result;
    for (const first of ['focusin', 'pointerdown']) this.addEventListener(first, store.warm, { once: true });
    let hadProgress = !!last;
    let hintsSeen = () => 0;

    // With JavaScript the explanation (and a key the marks cannot show, such as a typed
    // answer's) shows below the question once answered; the no-JS disclosure goes.
    const disclosure = q('.mn-question__answer');
    const explanation = disclosure.querySelector('.mn-explanation');
    outcome.append(...disclosure.querySelectorAll('[data-mn-outcome]'), ...(explanation ? [explanation] : []));
    disclosure.remove();

    const say = (message: string, tone = '') => {
      // Emptied first so that the same message twice in a row is announced twice.
      status.textContent = '';
      status.dataset.tone = tone;
      requestAnimationFrame(() => (status.textContent = message));
    };
    const client = await KIND_CLIENTS[kind]();
    const part: AnswerPart = client.createPart({ root: this, spec: spec as never, ui, submit: () => check.click(), say });

    const show = (state: QuestionState) => {
      const view = controlsView(state, ui);
      check.hidden = !view.check;
      retry.hidden = !view.retry;
      retry.textContent = view.retryLabel;
      reveal.hidden = !view.reveal;
      outcome.hidden = !view.outcome || !outcome.hasChildNodes();
      part.show(state);
      this.dataset.state = state;
    };
    const finish = (state: Exclude<QuestionState, 'unanswered'>, grade?: Grade) => {
      show(state);
      earlier.hidden = true;
      store.recordResult(this.id, state, hintsSeen() > 0);
      hadProgress = true;
      // A kind that counts its wrong parts says so (`wrongMessage`); others may add their own words (`said`).
      const own = state === 'right' ? undefined : state === 'wrong' && grade && !grade.right && part.wrongMessage ? part.wrongMessage(grade) : part.said?.(state);
      say(resultMessage(state, kind, !!explanation, ui, own), state);
      // Next step in reading order: the explanation once answered, else "Try again".
      (state !== 'wrong' && !outcome.hidden ? outcome : retry).focus();
    };

    check.addEventListener('click', () => {
      const missing = part.missing();
      if (missing) return say(missing);
      const grade = part.grade();
      finish(grade.right ? 'right' : 'wrong', grade);
    });
    reveal.addEventListener('click', () => finish('revealed'));
    retry.addEventListener('click', () => {
      show('unanswered');
      say('');
      part.focus();
    });
    // A reset here or in another tab puts the question back to unanswered; another tab's
    // other changes (a card rated there) leave what the learner is doing here alone.
    onProgress(this.dataset.store!, (change) => {
      if (!resets(change, this.id, hadProgress, () => !!store.read().questions[this.id])) return;
      hadProgress = false;
      part.clear();
      show('unanswered');
      earlier.hidden = true;
    });

    earlier.textContent = earlierMessage(last, ui);
    earlier.hidden = !last;
    hintsSeen = setupHints(this, say, ui);
    show('unanswered');
    actions.hidden = false;
  }
}

customElements.define('mnemo-question', MnemoQuestion);
