import { en } from '../../../src/i18n/en';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/lib/progress/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateProgress } from '../../../src/lib/progress/migrate';
import { addRating, createProgressStore, damagedKey, progressKey, type ProgressStorage } from '../../../src/lib/progress/store';
import { cardsSentence, progressSentence } from '../../../src/lib/progress/sentences';
import { countKnown, countRight, peekProgress } from '../../../src/lib/progress/summary';

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
  it('is namespaced and distinct per guide base; the version lives in the value', () => {
    expect(progressKey('/guide/')).toBe('mnemo:progress:/guide/');
    expect(progressKey('/')).not.toBe(progressKey('/other/'));
  });
});

describe('createProgressStore', () => {
  it('round-trips question results and card ratings through storage', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(storage, KEY, clock());
    store.recordResult('q-one', 'wrong');
    store.recordResult('q-one', 'right', true);
    store.recordResult('q-two', 'revealed');
    store.rateCard('card-a', 'again');
    const record = store.rateCard('card-a', 'got');
    expect(record).toEqual({ again: 1, got: 1, last: 'got', at: 1005 });

    // A second store over the same storage (a reload) sees the same progress.
    const again = createProgressStore(storage, KEY).read();
    expect(again.questions).toEqual({ 'q-one': { result: 'right', at: 1002, attempts: 2, hinted: true }, 'q-two': { result: 'revealed', at: 1003, attempts: 1 } });
    expect(again.cards['card-a']).toEqual({ again: 1, got: 1, last: 'got', at: 1005 });
    expect(JSON.parse(data.get(KEY)!).v).toBe(2);
  });

  it('keeps changes made meanwhile under the same key (another tab)', () => {
    const { storage } = memoryStorage();
    const tabA = createProgressStore(storage, KEY);
    const tabB = createProgressStore(storage, KEY);
    tabA.recordResult('q-a', 'right');
    tabB.recordResult('q-b', 'right');
    expect(Object.keys(tabA.read().questions).sort()).toEqual(['q-a', 'q-b']);
  });

  it.each([['not JSON', '{not json'], ['an unknown version', JSON.stringify({ v: 0, questions: {} })], ['null', 'null'], ['a list', '[]'], ['text', '"text"'], ['a number', '42'], ['no version', '{"questions":{}}']])(
    'keeps a value that cannot be read (%s) aside before writing over it',
    (_, raw) => {
      const { storage, data, removed } = memoryStorage({ [KEY]: raw });
      const store = createProgressStore(storage, KEY);
      expect(store.read()).toEqual({ v: 2, questions: {}, cards: {} });
      store.recordResult('q-one', 'right');
      expect(parseProgress(data.get(KEY)!)?.questions['q-one']?.result).toBe('right');
      expect(data.get(damagedKey(KEY))).toBe(raw);
      expect(removed).toEqual([]);
    },
  );

  it('writes nothing over an unreadable value that it could not keep aside', () => {
    const { storage, data } = memoryStorage({ [KEY]: '{broken' });
    const failures: unknown[] = [];
    const full: ProgressStorage = { ...storage, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const store = createProgressStore(full, KEY, { onWriteFailure: (error) => failures.push(error) });
    store.recordResult('q', 'right');
    expect(data.get(KEY)).toBe('{broken');
    expect(failures.length).toBeGreaterThan(0);
  });

  it('keeps the valid entries of a value and leaves out malformed ones', () => {
    const raw = JSON.stringify({
      v: 2,
      questions: {
        good: { result: 'right', at: 5, attempts: 2 },
        'bad-result': { result: 'maybe', at: 5, attempts: 1 },
        'bad-time': { result: 'right', at: -1, attempts: 1 },
        'no-attempts': { result: 'right', at: 5, attempts: 0 },
        'Bad Id': { result: 'right', at: 5, attempts: 1 },
        ['__proto__']: { result: 'right', at: 5, attempts: 1 },
      },
      cards: { card: { again: 1, got: 2, last: 'got', at: 3 }, half: { again: 1.5, got: 0, last: 'again', at: 3 } },
    });
    const progress = parseProgress(raw)!;
    expect(Object.keys(progress.questions)).toEqual(['good']);
    expect(Object.keys(progress.cards)).toEqual(['card']);
    expect(Object.getPrototypeOf(progress.questions)).toBe(Object.prototype);
  });

  it('never throws when storage throws on every call, and reports each failed save', () => {
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
    const failures: unknown[] = [];
    const store = createProgressStore(broken, KEY, { onWriteFailure: (error) => failures.push(error) });
    expect(store.read()).toEqual({ v: 2, questions: {}, cards: {} });
    expect(() => store.recordResult('q', 'right')).not.toThrow();
    expect(store.rateCard('c', 'got')).toMatchObject({ got: 1, last: 'got' });
    expect(() => store.forget(['q'])).not.toThrow();
    expect(() => store.clear()).not.toThrow();
    expect(failures).toHaveLength(3);
  });

  it('works without any storage at all', () => {
    const store = createProgressStore(null, KEY);
    store.recordResult('q', 'right');
    expect(store.read().questions).toEqual({});
  });

  it("forgets one lesson's ids and keeps the rest; clear forgets everything", () => {
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
    const { storage, data } = memoryStorage({ [other]: '{"v":2,"questions":{},"cards":{}}', 'mnemo:theme': 'dark' });
    const store = createProgressStore(storage, KEY);
    store.recordResult('q', 'right');
    store.clear();
    expect(data.get(other)).toBe('{"v":2,"questions":{},"cards":{}}');
    expect(data.get('mnemo:theme')).toBe('dark');
  });
});

describe('upgrading stored progress', () => {
  // Written by release 0.1.0's own store code (commit 3ce2a02), for a guide served at /guide/.
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/progress/v1-release-0.1.0.json'), 'utf8')) as { key: string; value: string };
  const v1 = JSON.parse(fixture.value) as { questions: Record<string, { result: string; at: number }>; cards: Record<string, unknown> };

  it('keeps every result and rating of a v1 value, moves it to the current key, and removes the old one only then', () => {
    const { storage, data } = memoryStorage({ [fixture.key]: fixture.value });
    const progress = createProgressStore(storage, KEY).read();
    expect(Object.keys(progress.questions).sort()).toEqual(Object.keys(v1.questions).sort());
    for (const [id, record] of Object.entries(v1.questions)) expect(progress.questions[id]).toEqual({ ...record, attempts: 1 });
    expect(progress.cards).toEqual(v1.cards);
    expect(JSON.parse(data.get(KEY)!)).toEqual(progress);
    expect(data.has(fixture.key)).toBe(false);
  });

  it('keeps the v1 value where it is when the upgraded one cannot be saved', () => {
    const { storage, data } = memoryStorage({ [fixture.key]: fixture.value });
    const full: ProgressStorage = { ...storage, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const progress = createProgressStore(full, KEY).read();
    expect(Object.keys(progress.questions)).toHaveLength(Object.keys(v1.questions).length);
    expect(data.get(fixture.key)).toBe(fixture.value);
  });

  it('reads a value from a newer version as far as it can, and never writes over it', () => {
    const newer = JSON.stringify({ v: 9, questions: { q: { result: 'right', at: 1, attempts: 3 } }, cards: {}, future: { x: 1 } });
    const { storage, data } = memoryStorage({ [KEY]: newer });
    const store = createProgressStore(storage, KEY);
    expect(store.read().questions.q).toEqual({ result: 'right', at: 1, attempts: 3 });
    store.recordResult('other', 'right');
    expect(data.get(KEY)).toBe(newer);
  });

  it('migrates v1 values step by step to the current version', () => {
    expect(migrateProgress({ v: 1, questions: { q: { result: 'wrong', at: 5 } }, cards: {} })).toEqual({
      progress: { v: 2, questions: { q: { result: 'wrong', at: 5, attempts: 1 } }, cards: {} },
      newer: false,
    });
    expect(migrateProgress({ v: 0 })).toBeUndefined();
    expect(migrateProgress('v1')).toBeUndefined();
  });
});

describe('counting', () => {
  const progress = parseProgress(
    JSON.stringify({
      v: 2,
      questions: { a: { result: 'right', at: 1, attempts: 1 }, b: { result: 'wrong', at: 1, attempts: 1 }, c: { result: 'revealed', at: 1, attempts: 1 }, gone: { result: 'right', at: 1, attempts: 1 } },
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

  it('counts from a value of any version, and from nothing usable as nothing', () => {
    const v1 = peekProgress('{"v":1,"questions":{"a":{"result":"right","at":1}},"cards":{"x":{"last":"got"}}}');
    expect([countRight(v1, ['a']), countKnown(v1, ['x'])]).toEqual([1, 1]);
    for (const raw of [null, '{broken', '[]', '{"v":1,"questions":[]}', '{"questions":{"a":{"result":"right"}}}', '{"v":0,"questions":{"a":{"result":"right"}}}']) {
      expect(countRight(peekProgress(raw), ['a', 'toString'])).toBe(0);
    }
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
