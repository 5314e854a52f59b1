import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_SETTINGS } from '../../../src/review/defaults';
import { checkReviewSettings, REVIEW_SETTING_FIXES } from '../../../src/review/settings-schema';

describe('checkReviewSettings: `_guide.yaml` `review:`', () => {
  it('gives newPerDay 20 and retention 0.9 when the guide sets nothing', () => {
    expect(checkReviewSettings(undefined)).toEqual({ settings: { newPerDay: 20, retention: 0.9 } });
    expect(checkReviewSettings({})).toEqual({ settings: DEFAULT_REVIEW_SETTINGS });
    expect(checkReviewSettings({ retention: 0.85 })).toEqual({ settings: { newPerDay: 20, retention: 0.85 } });
  });

  it('accepts the bounds and zero new cards a day', () => {
    expect(checkReviewSettings({ newPerDay: 0, retention: 0.7 }).settings).toEqual({ newPerDay: 0, retention: 0.7 });
    expect(checkReviewSettings({ retention: 0.97 }).settings?.retention).toBe(0.97);
  });

  it.each([0.69, 0.98, 1.2, '0.9'])('rejects retention %o with the fix', (retention) => {
    expect(checkReviewSettings({ retention }).problems).toEqual([
      { path: 'review.retention', message: expect.stringContaining('must be a number between 0.7 and 0.97'), fix: REVIEW_SETTING_FIXES.retention },
    ]);
  });

  it.each([-1, 2.5, '20', null])('rejects newPerDay %o with the fix', (newPerDay) => {
    expect(checkReviewSettings({ newPerDay }).problems?.map((p) => p.path)).toEqual(['review.newPerDay']);
  });

  it('words the errors for authors', () => {
    expect(checkReviewSettings({ retention: 1.2, newPerDay: 2.5 }).problems).toEqual([
      {
        path: 'review.newPerDay',
        message: '`review.newPerDay` must be a whole number, 0 or more; it is `2.5`.',
        fix: 'Write a whole number, 0 or more, e.g. `newPerDay: 20` (0 introduces no new cards).',
      },
      {
        path: 'review.retention',
        message: '`review.retention` must be a number between 0.7 and 0.97; it is `1.2`.',
        fix: 'Write a value between 0.7 and 0.97, e.g. `retention: 0.9`.',
      },
    ]);
  });

  it('suggests the setting an unknown key was meant to be', () => {
    expect(checkReviewSettings({ newperday: 10 }).problems).toEqual([
      {
        path: 'review.newperday',
        message: 'Unknown review setting `newperday`.',
        fix: 'Did you mean `newPerDay`? Write a whole number, 0 or more, e.g. `newPerDay: 20` (0 introduces no new cards).',
      },
    ]);
  });

  it('rejects a review block that is not a group of settings', () => {
    expect(checkReviewSettings(20).problems).toEqual([
      { path: 'review', message: '`review` must hold settings, not `20`.', fix: REVIEW_SETTING_FIXES.review },
    ]);
  });
});
