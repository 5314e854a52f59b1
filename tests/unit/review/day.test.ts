import { describe, expect, it } from 'vitest';
import { dayStart, nextDayStart, studyDay } from '../../../src/review/day';
import { HOUR, wall, zone } from './clock';

const berlin = zone('Europe/Berlin');
const newYork = zone('America/New_York');

describe('studyDay: a day starts at 04:00 local time', () => {
  it('counts 03:59 as the evening before, 04:00 as the new day', () => {
    const monday = studyDay(wall(berlin, '2026-01-05T12:00'), berlin);
    expect(studyDay(wall(berlin, '2026-01-05T03:59'), berlin)).toBe(monday - 1);
    expect(studyDay(wall(berlin, '2026-01-05T04:00'), berlin)).toBe(monday);
    expect(studyDay(wall(berlin, '2026-01-06T03:59'), berlin)).toBe(monday);
    expect(studyDay(wall(berlin, '2026-01-06T00:30'), berlin)).toBe(monday);
  });

  it('follows the local clock, not UTC: the same instant is another study day in another zone', () => {
    const instant = wall(berlin, '2026-01-05T05:00'); // 23:00 the evening before in New York
    expect(studyDay(instant, berlin)).toBe(studyDay(instant, newYork) + 1);
  });

  it('starts at 04:00 local on both sides of a daylight-saving change', () => {
    for (const [tz, date] of [
      [berlin, '2026-03-29'], // clocks go forward at 02:00
      [berlin, '2026-10-25'], // clocks go back at 03:00
      [newYork, '2026-03-08'],
      [newYork, '2026-11-01'],
    ] as const) {
      const start = wall(tz, `${date}T04:00`);
      expect(dayStart(studyDay(start, tz), tz)).toBe(start);
      expect(studyDay(start - 1, tz)).toBe(studyDay(start, tz) - 1);
    }
  });

  it('makes the day of a daylight-saving change 23 or 25 hours long', () => {
    const spring = studyDay(wall(berlin, '2026-03-28T12:00'), berlin);
    expect(dayStart(spring + 1, berlin) - dayStart(spring, berlin)).toBe(23 * HOUR);
    const autumn = studyDay(wall(berlin, '2026-10-24T12:00'), berlin);
    expect(dayStart(autumn + 1, berlin) - dayStart(autumn, berlin)).toBe(25 * HOUR);
  });

  it('ends today at the next 04:00', () => {
    expect(nextDayStart(wall(berlin, '2026-01-05T23:00'), berlin)).toBe(wall(berlin, '2026-01-06T04:00'));
    expect(nextDayStart(wall(berlin, '2026-01-06T02:00'), berlin)).toBe(wall(berlin, '2026-01-06T04:00'));
  });
});
