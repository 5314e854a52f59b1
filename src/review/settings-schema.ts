/**
 * The `review:` block of `_guide.yaml`, validated at build time. Build code only: it imports zod,
 * which must never reach the browser; browser code takes the type with `import type`.
 */
import { z } from 'astro/zod';
import { closestName } from '../lib/suggest';
import { DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION, RETENTION_MAX, RETENTION_MIN } from './defaults';

/** What to write instead, per setting, for the author's error message. */
export const REVIEW_SETTING_FIXES = {
  review: 'Write `review:` followed by indented `newPerDay: 20` and/or `retention: 0.9`.',
  newPerDay: 'Write a whole number, 0 or more, e.g. `newPerDay: 20` (0 introduces no new cards).',
  retention: `Write a value between ${RETENTION_MIN} and ${RETENTION_MAX}, e.g. \`retention: ${DEFAULT_RETENTION}\`.`,
} as const;

/** What each setting must be, for the message. */
const RULES = {
  newPerDay: 'a whole number, 0 or more',
  retention: `a number between ${RETENTION_MIN} and ${RETENTION_MAX}`,
} as const;

/**
 * `_guide.yaml` `review: { newPerDay, retention }`: spaced-repetition settings of the review page.
 * @example review: { newPerDay: 10, retention: 0.85 }
 */
export const ReviewSettingsSchema = z
  .object({
    /** New flashcards introduced per study day, in guide order. A whole number, 0 or more; default 20 (as Anki). */
    newPerDay: z.number().int().min(0).default(DEFAULT_NEW_PER_DAY),
    /**
     * Desired retention: the probability of recalling an item when it comes back (FSRS's
     * `request_retention`). Higher means shorter intervals and more reviews. 0.7 to 0.97; default 0.9.
     */
    retention: z.number().min(RETENTION_MIN).max(RETENTION_MAX).default(DEFAULT_RETENTION),
  })
  .strict()
  // prefault, not default: zod 4 returns a default as is, so `{}` still goes through the field defaults.
  .prefault({});

/** The review settings in effect, after defaults. */
export type ReviewSettings = z.infer<typeof ReviewSettingsSchema>;

const KNOWN = ['newPerDay', 'retention'] as const;

/** One problem in the `review:` block: the setting's path (`review.retention`), what is wrong, the fix. */
export interface ReviewSettingsProblem {
  path: string;
  message: string;
  fix: string;
}

/**
 * Validates a `review:` value (undefined when the guide has none). Never throws: returns the
 * settings with defaults, or every problem with its fix, for the settings loader to place in the file.
 * @example checkReviewSettings({ retention: 1.2 }).problems?.[0].fix // 'Write a value between 0.7 and 0.97, ...'
 */
export function checkReviewSettings(value: unknown): { settings: ReviewSettings; problems?: undefined } | { settings?: undefined; problems: ReviewSettingsProblem[] } {
  const result = ReviewSettingsSchema.safeParse(value);
  if (result.success) return { settings: result.data };
  const problems = result.error.issues.flatMap((issue): ReviewSettingsProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = closestName(key, KNOWN);
        return {
          path: `review.${key}`,
          message: `Unknown review setting \`${key}\`.`,
          fix: guess ? `Did you mean \`${guess}\`? ${REVIEW_SETTING_FIXES[guess as (typeof KNOWN)[number]]}` : `Known review settings: ${KNOWN.join(', ')}.`,
        };
      });
    }
    const key = issue.path[0];
    if (key === 'newPerDay' || key === 'retention') {
      const given = describe((value as Record<string, unknown>)[key]);
      return [{ path: `review.${key}`, message: `\`review.${key}\` must be ${RULES[key]}; it is ${given}.`, fix: REVIEW_SETTING_FIXES[key] }];
    }
    return [{ path: 'review', message: `\`review\` must hold settings, not ${describe(value)}.`, fix: REVIEW_SETTING_FIXES.review }];
  });
  return { problems };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the text "${value}"`;
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a group of settings' : `\`${String(value)}\``;
}
