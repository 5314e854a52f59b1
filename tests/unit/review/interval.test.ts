import { describe, expect, it } from 'vitest';
import { createEmptyCard, Rating, type Card } from 'ts-fsrs';
import { displayInterval, intervalMs, untilDue } from '../../../src/review/interval';
import { previewIntervals } from '../../../src/review/preview';
import { formatInterval, formatUntil, spellInterval } from '../../../src/review/interval-text';
import { en } from '../../../src/i18n/en';
import { schedule } from '../../../src/review/schedule';
import { DAY, HOUR, MINUTE, REFERENCE_ZONE, referenceFsrs, wall, zone } from './clock';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const SETTINGS = { retention: 0.9 };

describe('displayInterval: Anki’s answer-button rounding', () => {
  it.each([
    [30_000, 30, 'second'],
    [70_000, 1, 'minute'],
    [10 * MINUTE, 10, 'minute'],
    [90 * MINUTE, 1.5, 'hour'],
    [23 * HOUR, 23, 'hour'],
    [DAY, 1, 'day'],
    [3 * DAY, 3, 'day'],
    [30 * DAY, 30, 'day'],
    [31 * DAY, 1, 'month'],
    [45 * DAY, 1.5, 'month'],
    [364 * DAY, 12, 'month'],
    [365 * DAY, 1, 'year'],
    [1.5 * 365 * DAY, 1.5, 'year'],
    [-5 * MINUTE, 0, 'second'],
  ] as const)('shows %i ms as %d %s', (ms, count, unit) => {
    expect(displayInterval(ms)).toEqual({ count, unit });
  });
});

describe('formatInterval: English button labels', () => {
  it.each([
    [{ count: 10, unit: 'minute' }, '10 min'],
    [{ count: 1.5, unit: 'hour' }, '1.5 h'],
    [{ count: 3, unit: 'day' }, '3 d'],
    [{ count: 2, unit: 'month' }, '2 mo'],
    [{ count: 1, unit: 'year' }, '1 y'],
    [{ count: 1200, unit: 'day' }, '1,200 d'],
  ] as const)('writes %o as %s', (interval, text) => {
    expect(formatInterval(interval, en.review)).toBe(text);
  });

  it('takes the unit words from the guide’s strings and the digits from its language', () => {
    expect(formatInterval({ count: 1.5, unit: 'hour' }, { ...en.review, unitHour: '{count} Std.' }, 'de')).toBe('1,5 Std.');
  });
});

describe('spellInterval: the long form screen readers hear', () => {
  it.each([
    [{ count: 10, unit: 'minute' }, '10 minutes'],
    [{ count: 1, unit: 'day' }, '1 day'],
    [{ count: 1.5, unit: 'month' }, '1.5 months'],
  ] as const)('spells %o as %s', (interval, text) => {
    expect(spellInterval(interval)).toBe(text);
  });
});

describe('previewIntervals', () => {
  it('labels a new item’s buttons with ts-fsrs’s steps and first interval', () => {
    const preview = previewIntervals('card-a', undefined, T0, SETTINGS, REFERENCE_ZONE);
    const card: Card & { mnemoSeed: string } = { ...createEmptyCard(new Date(T0)), mnemoSeed: 'card-a:' };
    const easy = referenceFsrs().repeat(card, new Date(T0))[Rating.Easy].card;
    expect(preview).toEqual({
      again: { count: 1, unit: 'minute' },
      hard: { count: 6, unit: 'minute' },
      good: { count: 10, unit: 'minute' },
      easy: { count: easy.scheduled_days, unit: 'day' },
    });
    expect(Object.values(preview).map((i) => formatInterval(i, en.review))).toEqual(['1 min', '6 min', '10 min', `${easy.scheduled_days} d`]);
  });

  it('shows a review item’s intervals in days as ts-fsrs schedules them, whatever the hour', () => {
    const learning = schedule('card-a', undefined, 'good', T0, SETTINGS, REFERENCE_ZONE);
    const review = schedule('card-a', learning, 'good', T0 + 10 * MINUTE, SETTINGS, REFERENCE_ZONE);
    const at = T0 + 4 * DAY + 7 * HOUR;
    const good = schedule('card-a', review, 'good', at, SETTINGS, REFERENCE_ZONE);
    expect(intervalMs(good, at)).toBe(good.scheduledDays * DAY);
    expect(previewIntervals('card-a', review, at, SETTINGS, REFERENCE_ZONE).good).toEqual(displayInterval(good.scheduledDays * DAY));
  });
});

describe('untilDue and formatUntil: “Next review: …” at the end of a session', () => {
  const berlin = zone('Europe/Berlin');
  const now = wall(berlin, '2026-01-05T22:00');

  it('gives the time left within the study day', () => {
    expect(untilDue(now + 10 * MINUTE, now, berlin)).toEqual({ count: 10, unit: 'minute' });
    expect(formatUntil(untilDue(now + 10 * MINUTE, now, berlin))).toBe('in 10 minutes');
    expect(formatUntil(untilDue(wall(berlin, '2026-01-06T01:30'), now, berlin))).toBe('in 3.5 hours');
  });

  it('says tomorrow for the next study day, even when it starts in 6 hours', () => {
    expect(untilDue(wall(berlin, '2026-01-06T04:00'), now, berlin)).toEqual({ count: 1, unit: 'day' });
    expect(formatUntil({ count: 1, unit: 'day' })).toBe('tomorrow');
  });

  it('counts later study days, then months', () => {
    expect(formatUntil(untilDue(wall(berlin, '2026-01-08T04:00'), now, berlin))).toBe('in 3 days');
    expect(untilDue(wall(berlin, '2026-02-19T04:00'), now, berlin)).toEqual({ count: 1.5, unit: 'month' });
  });
});
