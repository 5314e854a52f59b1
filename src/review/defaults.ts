/**
 * The review settings' defaults and bounds, shared by the build-time schema
 * (`settings-schema.ts`) and the browser code, which must not import zod (its type comes from
 * the schema through an `import type`, which leaves no code behind).
 */
import type { ReviewSettings } from './settings-schema';

/** New flashcards introduced per study day when `_guide.yaml` sets no `review.newPerDay` (Anki's default). */
export const DEFAULT_NEW_PER_DAY = 20;

/** Desired retention (probability of recall when an item falls due) when the guide sets none; FSRS's default. */
export const DEFAULT_RETENTION = 0.9;

/**
 * The retention an author may ask for. Below 0.7 FSRS forgets too much to be worth reviewing; above
 * 0.97 the workload explodes for little gain (the range Anki's FSRS options recommend).
 */
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;

/** The settings of a guide that writes no `review:` block. */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { newPerDay: DEFAULT_NEW_PER_DAY, retention: DEFAULT_RETENTION };
