import { describe, expect, it } from 'vitest';
import { mergeNewCardLogs, newCardsToday, readNewCardLog, recordNewCard } from '../../../src/review/new-cards';

describe('new-card log', () => {
  it('counts the new cards introduced today, and nothing from an earlier day', () => {
    let log = recordNewCard(undefined, 'card-a', 100);
    log = recordNewCard(log, 'card-b', 100);
    log = recordNewCard(log, 'card-a', 100); // rated twice on its first day: one card
    expect(newCardsToday(log, 100)).toBe(2);
    expect(newCardsToday(log, 101)).toBe(0);
    expect(newCardsToday(undefined, 100)).toBe(0);
    expect(recordNewCard(log, 'card-c', 101)).toEqual({ day: 101, ids: ['card-c'] });
  });

  it('merges two tabs’ logs of one day without double counting, and prefers the later day', () => {
    const a = { day: 100, ids: ['card-a', 'card-b'] };
    const b = { day: 100, ids: ['card-b', 'card-c'] };
    expect(mergeNewCardLogs(a, b)).toEqual({ day: 100, ids: ['card-a', 'card-b', 'card-c'] });
    expect(mergeNewCardLogs(a, { day: 101, ids: ['card-d'] })).toEqual({ day: 101, ids: ['card-d'] });
    expect(mergeNewCardLogs(undefined, a)).toBe(a);
  });

  it('reads a stored log back, and drops a malformed one', () => {
    expect(readNewCardLog(JSON.parse('{"day":100,"ids":["card-a","card-a","card-b"]}'))).toEqual({ day: 100, ids: ['card-a', 'card-b'] });
    for (const bad of [null, 'x', { day: 1.5, ids: [] }, { day: 100, ids: 'card-a' }, { day: 100, ids: [1] }, { ids: [] }]) {
      expect(readNewCardLog(bad)).toBeUndefined();
    }
  });
});
