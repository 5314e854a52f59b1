import { describe, expect, it } from 'vitest';
import { dueAnnouncement, remainingMs } from '../../../src/exam/timer';

const START = Date.UTC(2025, 0, 6, 9, 0, 0);
const MIN = 60_000;

describe('the exam timer', () => {
  it('counts down from the stored start time and stops at zero', () => {
    expect(remainingMs(START, 40, START)).toBe(40 * MIN);
    expect(remainingMs(START, 40, START + 25 * MIN + 500)).toBe(15 * MIN - 500);
    expect(remainingMs(START, 0.5, START + 29_000)).toBe(1_000);
    expect(remainingMs(START, 40, START + 41 * MIN)).toBe(0);
  });

  it('announces 5 minutes and 1 minute left once each, as the time crosses them', () => {
    const readings = [6 * MIN, 5 * MIN + 1, 5 * MIN, 5 * MIN - 1000, 2 * MIN, MIN + 500, MIN - 500, 0];
    const announced = readings.slice(1).map((ms, i) => dueAnnouncement(readings[i]!, ms)).filter(Boolean);
    expect(announced).toEqual([5, 1]);
  });

  it('announces a mark when the time left reaches it exactly, not a millisecond before', () => {
    expect(dueAnnouncement(5 * MIN + 1, 5 * MIN)).toBe(5);
    expect(dueAnnouncement(5 * MIN + 2, 5 * MIN + 1)).toBeUndefined();
    expect(dueAnnouncement(MIN + 1, MIN)).toBe(1);
  });

  it('announces only the nearer mark when a sleeping tab skips both, and nothing on a reload', () => {
    expect(dueAnnouncement(10 * MIN, 30_000)).toBe(1);
    expect(dueAnnouncement(4 * MIN, 4 * MIN)).toBeUndefined();
    expect(dueAnnouncement(3 * MIN, 2 * MIN)).toBeUndefined();
  });
});
