/**
 * `<mnemo-review>`: a review session on the review page. It shows the first item of the queue
 * (`queue.ts`), rendered as in its lesson and loaded from the catalogue on demand; a flashcard
 * is revealed, then rated Again/Hard/Good/Easy, each button showing the interval it gives; a
 * question is answered with its own controls and rated by its result (`ratingForQuestion`).
 * After each rating the queue is built again from storage as it is then, so a reload resumes
 * where the learner was, and two tabs reviewing at once lose no rating. The end of a session
 * says when the next item is due, and the session goes on by itself when one is.
 */
import * as config from 'virtual:mnemo/review';
import ui from 'virtual:mnemo/ui/review';
import { openCatalogue } from '../../checks/catalogue/client';
import type { CatalogueItem } from '../../checks/catalogue/collect';
import { onProgress } from '../../checks/client/events';
import { format, text } from '../../i18n/format';
import { dueAt } from '../due';
import { foldProgress } from '../fold';
import { previewIntervals } from '../interval';
import { formatInterval } from '../interval-text';
import { buildQueue, nextDue } from '../queue';
import { ratingForQuestion, type ReviewRating } from '../ratings';
import { rateItem } from '../session';
import type { ReviewState } from '../state';
import { guideItems, markMissing, type GuideItems } from './guide-items';
import { itemRenderer } from './item';
import { keyAction, keyTarget, type ReviewMode } from './keys';
import { readProgress } from './read';
import { openReview } from './storage';
import { bindView, whenText } from './view';

/** The longest a timer may wait (setTimeout's limit), in ms. */
const MAX_WAIT = 2 ** 31 - 1;

/** The item on the stage: its id and spec, its state when shown, and what the learner has done with it. */
interface Shown {
  id: string;
  item: CatalogueItem;
  state: ReviewState | undefined;
  mode: ReviewMode;
  /** For a question: its progress record when shown, so a new result can be told from an old one. */
  before?: unknown;
}

class MnemoReview extends HTMLElement {
  async connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const view = bindView(this);
    const store = openReview();
    const catalogue = openCatalogue(config.base);
    const renderItem = itemRenderer(this);
    let guide: GuideItems;
    try {
      guide = guideItems(await catalogue.index());
    } catch {
      return view.fail();
    }
    // Results recorded on lesson pages that the every-page script has not folded in yet.
    store.update((data) => markMissing(foldProgress(data, readProgress(), config, undefined, guide.known), guide.known));

    let shown: Shown | undefined;
    let reviewed = 0;
    let turn = 0;
    let wake: number | undefined;
    const record = (id: string) => readProgress().questions[id];
    const setMode = (mode: ReviewMode, note = '') => {
      if (shown) shown.mode = mode;
      view.mode(mode, note);
    };

    /** Shows the first item due now, or the end of the session; `focus` moves focus to it. */
    const advance = async (focus: boolean) => {
      const mine = ++turn;
      clearTimeout(wake);
      const data = store.read();
      const now = Date.now();
      const input = { order: guide.order(data.states), states: data.states, newCards: data.newCards, newPerDay: config.newPerDay, now };
      const queue = buildQueue(input);
      view.counts(queue.counts);
      const [id, after] = queue.items;
      if (!id) {
        shown = undefined;
        const at = nextDue(input);
        view.done(at, reviewed, now);
        if (at !== undefined) wake = window.setTimeout(() => void resume(), Math.min(at - now, MAX_WAIT));
        if (focus) view.focusDone();
        return;
      }
      let item: CatalogueItem | undefined;
      let html: string;
      try {
        [item] = await catalogue.items([id]);
        if (after) void catalogue.items([after]).catch(() => undefined);
        html = item ? await renderItem(item) : '';
      } catch {
        return view.fail();
      }
      if (mine !== turn || !item) return;
      const isCard = item.spec.kind === 'flashcard';
      shown = { id, item, state: data.states[id], mode: 'idle', before: isCard ? undefined : JSON.stringify(record(id) ?? null) };
      view.item(html, isCard, guide.lessonOf(id), id);
      if (isCard) {
        setMode('front');
        const details = view.stage.querySelector('details');
        details?.addEventListener('toggle', () => details.open && reveal(false));
      } else {
        const preview = previewIntervals(id, shown.state, now, config);
        const label = (rating: ReviewRating) => formatInterval(preview[rating], ui, config.lang);
        setMode('question', format(text(ui.questionRates), { again: label('again'), hard: label('hard'), good: label('good') }));
      }
      if (focus) view.stage.focus();
    };

    /** After a wait, or the tab coming back: goes on if something has fallen due. */
    const resume = async () => {
      if (!view.isDone()) return;
      const wasFocused = this.contains(document.activeElement);
      await advance(wasFocused);
      if (shown) view.say(text(ui.resumed));
    };

    const reveal = (moveFocus: boolean) => {
      if (shown?.mode !== 'front') return;
      const details = view.stage.querySelector('details');
      if (details) details.open = true;
      view.intervals(previewIntervals(shown.id, shown.state, Date.now(), config));
      setMode('back');
      view.say(text(ui.shown));
      if (moveFocus) view.stage.focus();
    };

    /** Saves a rating of the item on the stage, and says when it comes back. */
    const rate = (rating: ReviewRating) => {
      if (!shown) return;
      const { id } = shown;
      const now = Date.now();
      const next = store.update((data) => rateItem(data, id, rating, now, config)).states[id]!;
      reviewed++;
      const message = format(text(ui.rated), { rating: view.ratingWord(rating), when: whenText(dueAt(next) ?? next.due, now) });
      view.say(message);
      return message;
    };

    const act = (action: ReturnType<typeof keyAction>) => {
      if (action === 'reveal') reveal(false);
      else if (action === 'next') void advance(true);
      else if (action && shown?.mode === 'back' && rate(action)) void advance(true);
    };

    view.reveal.addEventListener('click', () => reveal(true));
    view.next.addEventListener('click', () => void advance(true));
    for (const button of view.buttons) button.addEventListener('click', () => act(button.dataset.rating as ReviewRating));
    this.addEventListener('keydown', (event) => {
      const press = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: keyTarget(event.target as Element) };
      const action = keyAction(press, shown?.mode ?? 'idle');
      if (!action) return;
      event.preventDefault();
      act(action);
    });

    // A question on the stage saves its result to progress, as in its lesson: its first new
    // result rates it. Another tab's progress is not this session's.
    onProgress(config.progressKey, (change) => {
      if (change.elsewhere || shown?.mode !== 'question') return;
      const now = record(shown.id);
      if (!now || JSON.stringify(now) === shown.before || (now.result !== 'right' && now.result !== 'wrong' && now.result !== 'revealed')) return;
      const message = rate(ratingForQuestion({ result: now.result, hinted: now.hinted === true }));
      setMode('answered', message);
    });
    // Another tab rated the item on the stage before it was started here: show the next one.
    onProgress(config.reviewKey, (change) => {
      if (!change.elsewhere) return;
      if (view.isDone()) return void resume();
      if (!shown || (shown.mode !== 'front' && shown.mode !== 'question')) return;
      if (store.read().states[shown.id]?.lastReview === shown.state?.lastReview) return;
      view.say(text(ui.ratedElsewhere));
      void advance(this.contains(document.activeElement));
    });
    document.addEventListener('visibilitychange', () => void resume());

    await advance(false);
  }
}

customElements.define('mnemo-review', MnemoReview);
