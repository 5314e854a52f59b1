/**
 * Shapes shared by the self-check sweep (`npm run verify`): what it is asked to do, and what
 * it found for each self-check and each lesson.
 */
import type { CheckSpec } from '../../src/checks/schema.ts';
import type { UiStrings } from '../../src/i18n/en.ts';

/** One self-check as the build describes it (`_mnemo/checks.json`). */
export type CheckEntry = CheckSpec;
/**
 * The guide's interface strings, as the build wrote them: the verifier finds buttons by them.
 * With their language, since numbers in them ("Hint 1 of 2") are written as it writes them.
 */
export type VerifyUi = UiStrings & { lang: string };

/** What one sweep of a built site needs. */
export interface VerifyOptions {
  /** The built site folder (the build's `outDir`). */
  site: string;
  /** The base the site was built for, e.g. `/` or `/guide/`. */
  base: string;
  /** How many lessons are driven at once (one browser context each). */
  concurrency: number;
  /** How long one expected change may take to show, in milliseconds. */
  timeout: number;
}

/** The outcome of driving one self-check. */
export interface CheckResult {
  lesson: string;
  file: string;
  line: number;
  id: string;
  kind: CheckEntry['kind'];
  ok: boolean;
  /** Why it failed: what was done, what a learner should have seen, what the page showed. */
  reason?: string;
}

/** The outcome of one lesson page. */
export interface LessonResult {
  lesson: string;
  file: string;
  url: string;
  results: CheckResult[];
  seconds: number;
}

/** The outcome of a whole sweep, as written by `--json`. */
export interface VerifyReport {
  passed: number;
  failed: number;
  lessons: { lesson: string; file: string; url: string; checks: number; passed: number; failed: number; seconds: number }[];
  failures: Omit<CheckResult, 'ok'>[];
  seconds: number;
  site: string;
  base: string;
  concurrency: number;
}
