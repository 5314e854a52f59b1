/**
 * `<mnemo-review>`: a review session on the review page. It shows the first item of the queue
 * (`queue.ts`), rendered as in its lesson and loaded from the catalogue on demand; a flashcard
 * is revealed, then rated Again/Hard/Good/Easy, each button showing the interval it gives; a
 * question is answered with its own controls and rated by its result (`ratingForQuestion`).
 * After each rating the queue is built again from storage as it is then, so a reload resumes
 * where the learner was, and two tabs reviewing at once lose no rating. The end of a session
 * says when the next item is due, and the session goes on by itself when one is. The scheduler
 * (ts-fsrs) is loaded on demand (`load-scheduler.ts`).
 */
import * as config from 'virtual:mnemo/review';
import ui from 'virtual:mnemo/ui/review';
import { openCatalogue } from '../../checks/catalogue/client';
import type { CatalogueItem } from '../../checks/catalogue/collect';
import { onProgress } from '../../checks/client/events';
import { format, text } from '../../i18n/format';
import { dueAt } from '../due';
import { formatInterval } from '../interval-text';
import { buildQueue, nextDue } from '../queue';
import { ratingForQuestion, type ReviewRating } from '../ratings';
import type { ReviewState } from '../state';
import { guideItems, markMissing, type GuideItems } from './guide-items';
import { itemRenderer } from './item';
import { keyAction, keyTarget, type ReviewMode } from './keys';
import { catchUp, idle, scheduler } from './load-scheduler';
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
  before?: string;
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
    await catchUp(store, guide.known);
    store.update((data) => markMissing(data, guide.known));

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
      const current: Shown = { id, item, state: data.states[id], mode: 'idle', before: isCard ? undefined : JSON.stringify(record(id) ?? null) };
      shown = current;
      view.item(html, isCard, guide.lessonOf(id), id);
      if (isCard) {
        setMode('front');
        const details = view.stage.querySelector('details');
        details?.addEventListener('toggle', () => details.open && void reveal(false));
      } else {
        setMode('question');
        // The note's intervals need the scheduler; the question itself waits for nothing.
        void idle().then(scheduler).then(({ preview }) => {
          if (shown !== current || current.mode !== 'question') return;
          const intervals = preview(id, current.state, now);
          const label = (rating: ReviewRating) => formatInterval(intervals[rating], ui, config.lang);
          setMode('question', format(text(ui.questionRates), { again: label('again'), hard: label('hard'), good: label('good') }));
        });
      }
      if (focus) view.stage.focus();
      // Showing an item needs no scheduler: it loads once the page has settled.
      void idle().then(scheduler);
    };

    /** After a wait, or the tab coming back: goes on if something has fallen due. */
    const resume = async () => {
      if (!view.isDone()) return;
      await advance(this.contains(document.activeElement));
      if (shown) view.say(text(ui.resumed));
    };

    const reveal = async (moveFocus: boolean) => {
      const current = shown;
      if (current?.mode !== 'front') return;
      current.mode = 'back';
      const details = view.stage.querySelector('details');
      if (details) details.open = true;
      const { preview } = await scheduler();
      if (shown !== current || current.mode !== 'back') return; // rated or moved on meanwhile
      view.intervals(preview(current.id, current.state, Date.now()));
      setMode('back');
      view.say(text(ui.shown));
      if (moveFocus) view.stage.focus();
    };

    /** Saves a rating of the item on the stage; returns what the live region says of it. */
    const rate = async (rating: ReviewRating): Promise<string | undefined> => {
      const current = shown;
      if (!current) return undefined;
      const { rate: schedule } = await scheduler();
      const now = Date.now();
      const next = store.update((data) => schedule(data, current.id, rating, now)).states[current.id]!;
      reviewed++;
      const message = format(text(ui.rated), { rating: view.ratingWord(rating), when: whenText(dueAt(next) ?? next.due, now) });
      view.say(message);
      return message;
    };

    const act = async (action: ReturnType<typeof keyAction>) => {
      if (action === 'reveal') return reveal(false);
      if (action === 'next') return advance(true);
      if (!action || shown?.mode !== 'back') return;
      shown.mode = 'idle'; // one rating per showing, however fast the keys come
      if (await rate(action)) await advance(true);
    };

    view.reveal.addEventListener('click', () => void reveal(true));
    view.next.addEventListener('click', () => void advance(true));
    for (const button of view.buttons) button.addEventListener('click', () => void act(button.dataset.rating as ReviewRating));
    this.addEventListener('keydown', (event) => {
      const press = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: keyTarget(event.target as Element) };
      const action = keyAction(press, shown?.mode ?? 'idle');
      if (!action) return;
      event.preventDefault();
      void act(action);
    });

    // A question on the stage saves its result to progress, as in its lesson: its first new
    // result rates it. Another tab's progress is not this session's.
    onProgress(config.progressKey, (change) => {
      const current = shown;
      if (change.elsewhere || current?.mode !== 'question') return;
      const now = record(current.id);
      if (!now || JSON.stringify(now) === current.before) return;
      if (now.result !== 'right' && now.result !== 'wrong' && now.result !== 'revealed') return;
      current.mode = 'answered';
      void rate(ratingForQuestion({ result: now.result, hinted: now.hinted === true })).then((message) => {
        if (shown === current) setMode('answered', message);
      });
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
