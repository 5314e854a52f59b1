/**
 * `<mnemo-due>`: the header's link to the review page, with how many items are due today
 * (started items due before the next 04:00, as `dueToday` counts them; none shows nothing).
 * Reads local storage only, and follows ratings made on this page or in another tab, and the
 * learner coming back to the tab (which is also when a new study day shows). Small on purpose: it
 * runs on every page (budget: under 1 KB gzip, tests/unit/review/bundle.test.ts).
 */
import * as config from 'virtual:mnemo/review';
import { onProgress } from '../../checks/client/events';
import type { Plural } from '../../i18n/format';
import { dueToday } from '../due';
import type { ReviewState } from '../state';

const time = (value: unknown) => typeof value === 'number' && value >= 0;

/**
 * Whether a stored state holds what the count reads: its phase, and its due time or its last
 * review and interval. The full check (`read-state.ts`) weighs more than the rest of this
 * script; it runs on the review page, which saves back only valid states on every visit.
 */
function countable(state: Partial<ReviewState> | null): boolean {
  if (state?.phase === 'review') return time(state.lastReview) && Number.isInteger(state.scheduledDays);
  return (state?.phase === 'learning' || state?.phase === 'relearning') && time(state.due);
}

/** Items due today at `now` (ms), leaving out those the guide no longer has (`ReviewData.missing`). */
function countDue(now: number): number {
  try {
    const { states, missing } = JSON.parse(localStorage.getItem(config.reviewKey) ?? '{}') as { states?: Record<string, ReviewState>; missing?: unknown };
    const counted: Record<string, ReviewState> = {};
    for (const [id, state] of Object.entries(states ?? {})) if (countable(state)) counted[id] = state;
    if (Array.isArray(missing)) for (const id of missing) delete counted[id];
    return dueToday(counted, now);
  } catch {
    return 0;
  }
}

/** The element; `watch.ts` defines it, after its own listeners (see there). */
export class MnemoDue extends HTMLElement {
  connectedCallback() {
    const badge = this.querySelector<HTMLElement>('[data-count]')!;
    const label = this.querySelector<HTMLElement>('[data-label]')!;
    // "{count} items due" in the guide's language, with its plural forms, from the page.
    const forms = JSON.parse(this.dataset.forms!) as Plural;
    const rules = new Intl.PluralRules(config.lang);
    const render = () => {
      const count = countDue(Date.now());
      badge.textContent = count ? String(count) : '';
      label.textContent = count ? ` ${(forms[rules.select(count)] ?? forms.other).replace('{count}', String(count))}` : '';
      badge.hidden = !count;
    };
    render();
    onProgress(config.reviewKey, render);
    // A reset of the whole guide clears review data without a word (watch.ts).
    onProgress(config.progressKey, render);
    document.addEventListener('visibilitychange', render);
  }
}

