import { en } from '../../../src/i18n/en';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/lib/progress/schema';
import { addRating, createProgressStore, progressKey, type ProgressStorage } from '../../../src/lib/progress/store';
import { cardsSentence, progressSentence } from '../../../src/lib/progress/sentences';
import { countKnown, countRight } from '../../../src/lib/progress/summary';

const KEY = progressKey('/guide/');

/** An in-memory Storage that records what was removed. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const removed: string[] = [];
  const storage: ProgressStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => {
      removed.push(key);
      data.delete(key);
    },
  };
  return { storage, data, removed };
}

const clock = () => {
  let t = 1000;
  return () => ++t;
};

describe('progressKey', () => {
  it('is namespaced, versioned and distinct per guide base', () => {
    expect(progressKey('/guide/')).toBe('mnemo:v1:progress:/guide/');
    expect(progressKey('/')).not.toBe(progressKey('/other/'));
  });
});

describe('createProgressStore', () => {
  it('round-trips question results and card ratings through storage', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(storage, KEY, clock());
    store.recordResult('q-one', 'wrong');
    store.recordResult('q-one', 'right');
    store.recordResult('q-two', 'revealed');
    store.rateCard('card-a', 'again');
    const record = store.rateCard('card-a', 'got');
    expect(record).toEqual({ again: 1, got: 1, last: 'got', at: 1005 });

    // A second store over the same storage (a reload) sees the same progress.
    const again = createProgressStore(storage, KEY).read();
    expect(again.questions).toEqual({ 'q-one': { result: 'right', at: 1002 }, 'q-two': { result: 'revealed', at: 1003 } });
    expect(again.cards['card-a']).toEqual({ again: 1, got: 1, last: 'got', at: 1005 });
    expect(JSON.parse(data.get(KEY)!).v).toBe(1);
  });

  it('keeps changes made meanwhile under the same key (another tab)', () => {
    const { storage } = memoryStorage();
    const tabA = createProgressStore(storage, KEY);
    const tabB = createProgressStore(storage, KEY);
    tabA.recordResult('q-a', 'right');
    tabB.recordResult('q-b', 'right');
    expect(Object.keys(tabA.read().questions).sort()).toEqual(['q-a', 'q-b']);
  });

  it('drops a value that is not JSON, and the page goes on with empty progress', () => {
    const { storage, data, removed } = memoryStorage({ [KEY]: '{not json' });
    const store = createProgressStore(storage, KEY);
    expect(store.read()).toEqual({ v: 1, questions: {}, cards: {} });
    expect(removed).toEqual([KEY]);
    store.recordResult('q-one', 'right');
    expect(parseProgress(data.get(KEY)!)?.questions['q-one']?.result).toBe('right');
  });

  it('drops a value of another version', () => {
    const old = JSON.stringify({ v: 0, questions: { 'q-one': { result: 'right', at: 1 } }, cards: {} });
    const { storage, removed } = memoryStorage({ [KEY]: old });
    expect(createProgressStore(storage, KEY).read().questions).toEqual({});
    expect(removed).toEqual([KEY]);
  });

  it.each([['null'], ['[]'], ['"text"'], ['42'], ['{"questions":{}}']])('drops a value of the wrong shape: %s', (raw) => {
    const { storage, removed } = memoryStorage({ [KEY]: raw });
    expect(createProgressStore(storage, KEY).read()).toEqual({ v: 1, questions: {}, cards: {} });
    expect(removed).toEqual([KEY]);
  });

  it('keeps the valid entries of a value and leaves out malformed ones', () => {
    const raw = JSON.stringify({
      v: 1,
      questions: {
        good: { result: 'right', at: 5 },
        'bad-result': { result: 'maybe', at: 5 },
        'bad-time': { result: 'right', at: -1 },
        'Bad Id': { result: 'right', at: 5 },
        ['__proto__']: { result: 'right', at: 5 },
      },
      cards: { card: { again: 1, got: 2, last: 'got', at: 3 }, half: { again: 1.5, got: 0, last: 'again', at: 3 } },
    });
    const progress = parseProgress(raw)!;
    expect(Object.keys(progress.questions)).toEqual(['good']);
    expect(Object.keys(progress.cards)).toEqual(['card']);
    expect(Object.getPrototypeOf(progress.questions)).toBe(Object.prototype);
  });

  it('never throws when storage throws on every call', () => {
    const broken: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createProgressStore(broken, KEY);
    expect(store.read()).toEqual({ v: 1, questions: {}, cards: {} });
    expect(() => store.recordResult('q', 'right')).not.toThrow();
    expect(store.rateCard('c', 'got')).toMatchObject({ got: 1, last: 'got' });
    expect(() => store.forget(['q'])).not.toThrow();
    expect(() => store.clear()).not.toThrow();
  });

  it('works without any storage at all', () => {
    const store = createProgressStore(null, KEY);
    store.recordResult('q', 'right');
    expect(store.read().questions).toEqual({});
  });

  it('forgets one lesson\'s ids and keeps the rest; clear forgets everything', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(storage, KEY);
    store.recordResult('lesson-one-q', 'right');
    store.rateCard('lesson-one-card', 'got');
    store.recordResult('lesson-two-q', 'right');
    store.forget(['lesson-one-q', 'lesson-one-card']);
    expect(store.read().questions).toEqual({ 'lesson-two-q': expect.objectContaining({ result: 'right' }) });
    expect(store.read().cards).toEqual({});
    store.clear();
    expect(data.has(KEY)).toBe(false);
  });

  it('does not touch other guides or other keys', () => {
    const other = progressKey('/other/');
    const { storage, data } = memoryStorage({ [other]: '{"v":1,"questions":{},"cards":{}}', 'mnemo:theme': 'dark' });
    const store = createProgressStore(storage, KEY);
    store.recordResult('q', 'right');
    store.clear();
    expect(data.get(other)).toBe('{"v":1,"questions":{},"cards":{}}');
    expect(data.get('mnemo:theme')).toBe('dark');
  });
});

describe('counting', () => {
  const progress = parseProgress(
    JSON.stringify({
      v: 1,
      questions: { a: { result: 'right', at: 1 }, b: { result: 'wrong', at: 1 }, c: { result: 'revealed', at: 1 }, gone: { result: 'right', at: 1 } },
      cards: { x: { again: 0, got: 1, last: 'got', at: 1 }, y: { again: 2, got: 1, last: 'again', at: 1 } },
    }),
  )!;

  it('counts only questions last answered right, among the given ids', () => {
    expect(countRight(progress, ['a', 'b', 'c', 'd'])).toBe(1);
    expect(countRight(progress, [])).toBe(0);
  });

  it('counts cards whose last rating was "got it"', () => {
    expect(countKnown(progress, ['x', 'y', 'z'])).toBe(1);
  });

  it('adds ratings to a card record', () => {
    const first = addRating(undefined, 'again', 1);
    expect(addRating(first, 'got', 2)).toEqual({ again: 1, got: 1, last: 'got', at: 2 });
  });
});

describe('progress sentences', () => {
  it('say how many self-checks are answered correctly, in the singular too', () => {
    expect(progressSentence(3, 7, en.progress, 'en')).toBe('3 of 7 self-checks answered correctly');
    expect(progressSentence(0, 1, en.progress, 'en')).toBe('0 of 1 self-check answered correctly');
  });

  it('say how many flashcards are marked "got it"', () => {
    expect(cardsSentence(2, 5, en.progress, 'en')).toBe('2 of 5 flashcards marked “got it”');
    expect(cardsSentence(1, 1, en.progress, 'en')).toBe('1 of 1 flashcard marked “got it”');
  });
});
