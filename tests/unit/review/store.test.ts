import { describe, expect, it } from 'vitest';
import { rateItem } from '../../../src/review/session';
import { createReviewStore, parseReviewData } from '../../../src/review/store';

const KEY = 'mnemo:review:/guide/';
const settings = { retention: 0.9 };
const at = Date.UTC(2026, 10, 30, 10, 0, 0);
const UTC = () => 0;

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    storage: { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) },
  };
}

describe('the review store', () => {
  it('saves ratings and reads them back in a new page', () => {
    const { storage, data } = memory();
    createReviewStore(storage, KEY).update((d) => rateItem(d, 'card-a', 'good', at, settings, UTC));
    const again = createReviewStore(storage, KEY).read();
    expect(again.states['card-a']).toMatchObject({ reps: 1 });
    expect(again.newCards?.ids).toEqual(['card-a']);
    expect(JSON.parse(data.get(KEY)!).v).toBe(1);
  });

  it('loses no rating when two tabs review at once', () => {
    const { storage } = memory();
    const tabA = createReviewStore(storage, KEY);
    const tabB = createReviewStore(storage, KEY);
    tabA.update((d) => rateItem(d, 'card-a', 'good', at, settings, UTC));
    tabB.update((d) => rateItem(d, 'card-b', 'again', at + 1000, settings, UTC));
    expect(Object.keys(tabA.read().states).sort()).toEqual(['card-a', 'card-b']);
    expect(tabA.read().newCards?.ids.sort()).toEqual(['card-a', 'card-b']);
  });

  it('keeps an unreadable value aside and never writes over a newer version', () => {
    const damaged = memory({ [KEY]: '{oops' });
    createReviewStore(damaged.storage, KEY).update((d) => rateItem(d, 'card-a', 'good', at, settings, UTC));
    expect(damaged.data.get(`${KEY}:damaged`)).toBe('{oops');
    expect(parseReviewData(damaged.data.get(KEY)!)?.data.states['card-a']).toBeDefined();

    const newer = JSON.stringify({ v: 7, states: {}, later: true });
    const future = memory({ [KEY]: newer });
    const failures: unknown[] = [];
    createReviewStore(future.storage, KEY, (error) => failures.push(error)).update((d) => rateItem(d, 'card-a', 'good', at, settings, UTC));
    expect(future.data.get(KEY)).toBe(newer);
    expect(failures).toHaveLength(1);
  });

  it('reads back the ids the guide no longer has, and nothing but ids', () => {
    expect(parseReviewData(JSON.stringify({ v: 1, states: {}, missing: ['gone', 3, 'old'] }))?.data).toEqual({ states: {}, missing: ['gone', 'old'] });
  });

  it('forgets the items of a reset and keeps the rest', () => {
    const { storage } = memory();
    const store = createReviewStore(storage, KEY);
    store.update((d) => rateItem(rateItem(d, 'card-a', 'good', at, settings, UTC), 'card-b', 'good', at, settings, UTC));
    store.forget(['card-a']);
    expect(Object.keys(store.read().states)).toEqual(['card-b']);
  });

  it('clears the whole guide’s review data on a guide reset, and nothing else', () => {
    const { storage, data } = memory({ other: 'kept' });
    const store = createReviewStore(storage, KEY);
    store.update((d) => rateItem(d, 'card-a', 'good', at, settings, UTC));
    store.clear();
    expect(store.read()).toEqual({ states: {} });
    expect([...data.keys()]).toEqual(['other']);
  });
});
