/**
 * Fixed clocks and pinned time zones for the review tests: no test reads the real clock or
 * depends on the machine's time zone.
 */
import { fsrs, generatorParameters, GenSeedStrategyWithCardId, StrategyMode } from 'ts-fsrs';
import type { UtcOffset } from '../../../src/review/day';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * UTC+4 all year: there the study day (from 04:00 local) starts at 00:00 UTC, where ts-fsrs
 * starts its days, so the library's own output for the same instants is the reference.
 */
export const REFERENCE_ZONE: UtcOffset = () => 240;

/** The offset of an IANA time zone at an instant, in minutes east of UTC, from the ICU data Node ships. */
export function zone(timeZone: string): UtcOffset {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return (ms) => {
    const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
}

/** The instant a wall-clock time ('2026-03-29T04:00') happens in a zone. */
export function wall(offset: UtcOffset, local: string): number {
  const asUtc = Date.parse(`${local}:00Z`);
  const guess = asUtc - offset(asUtc) * MINUTE;
  return asUtc - offset(guess) * MINUTE;
}

/** ts-fsrs as the review core configures it (retention, fuzz on, seed from the item id), to compare with. */
export function referenceFsrs(retention = 0.9) {
  return fsrs(generatorParameters({ request_retention: retention, enable_fuzz: true })).useStrategy(
    StrategyMode.SEED,
    GenSeedStrategyWithCardId('mnemoSeed'),
  );
}
