/**
 * The build's list of self-checks (`<outDir>/_mnemo/checks.json`), read and grouped into
 * one plan per lesson page, in the order they appear in the lesson.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckEntry, VerifyUi } from './types.ts';

/** Where the build writes the list, relative to the built site. */
export const MANIFEST_PATH = '_mnemo/checks.json';

/** The self-checks of one lesson page. */
export interface LessonPlan {
  lesson: string;
  file: string;
  /** Path of the page below the base, e.g. `basics/intro/`. */
  path: string;
  /** In source order. */
  entries: CheckEntry[];
}

/** What the build says of its self-checks: each one's spec, and the guide's language and strings. */
export interface Manifest {
  checks: CheckEntry[];
  /** Route slugs of exam pages: their own questions show only inside the exam, not as self-checks. */
  exams: string[];
  lang: string;
  ui: VerifyUi;
}

/** Version of `_mnemo/checks.json` this verifier reads. */
const VERSION = 2;

/** Reads the list from a built site; throws a message for the author when it is missing or unreadable. */
export function readManifest(site: string): Manifest {
  const file = join(site, MANIFEST_PATH);
  if (!existsSync(file)) throw new Error(`No ${MANIFEST_PATH} in ${site}: build the guide first (npm run build), or pass --site <the build's output folder>.`);
  let data: { version?: unknown; checks?: unknown; lang?: unknown; ui?: unknown; exams?: unknown };
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}): rebuild the guide.`);
  }
  if (data.version !== VERSION || !Array.isArray(data.checks) || typeof data.ui !== 'object' || data.ui === null) {
    throw new Error(`${file} has version ${JSON.stringify(data.version)}; this verifier reads version ${VERSION}. Rebuild the guide with this version of Mnemo.`);
  }
  const exams = Array.isArray(data.exams) ? data.exams.filter((slug): slug is string => typeof slug === 'string') : [];
  const lang = String(data.lang ?? 'en');
  return { checks: data.checks as CheckEntry[], exams, lang, ui: { ...(data.ui as Omit<VerifyUi, 'lang'>), lang } };
}

/** The self-checks a lesson page shows: all but the questions written on exam pages. */
export function pageChecks(manifest: Pick<Manifest, 'checks' | 'exams'>): CheckEntry[] {
  const exams = new Set(manifest.exams);
  return manifest.checks.filter((entry) => !exams.has(entry.lesson));
}

/** Groups the self-checks by lesson, lessons in manifest order, checks by line. */
export function planLessons(entries: readonly CheckEntry[]): LessonPlan[] {
  const plans = new Map<string, LessonPlan>();
  for (const entry of entries) {
    let plan = plans.get(entry.lesson);
    if (!plan) {
      const path = entry.lesson ? `${entry.lesson.split('/').map(encodeURIComponent).join('/')}/` : '';
      plan = { lesson: entry.lesson, file: entry.file, path, entries: [] };
      plans.set(entry.lesson, plan);
    }
    plan.entries.push(entry);
  }
  for (const plan of plans.values()) plan.entries.sort((a, b) => a.line - b.line);
  return [...plans.values()];
}

/** What to drive on a page, in order: each question, each lone card, and each deck with its cards. */
export type Unit = { kind: 'question' | 'card'; entry: CheckEntry } | { kind: 'deck'; id: string; cards: CheckEntry[] };

/** The units of a lesson, in source order (a deck where its first card is). */
export function unitsOf(plan: LessonPlan): Unit[] {
  const units: Unit[] = [];
  const decks = new Map<string, CheckEntry[]>();
  for (const entry of plan.entries) {
    if (entry.kind !== 'flashcard') units.push({ kind: 'question', entry });
    else if (!entry.deck) units.push({ kind: 'card', entry });
    else if (decks.has(entry.deck)) decks.get(entry.deck)!.push(entry);
    else {
      const cards = [entry];
      decks.set(entry.deck, cards);
      units.push({ kind: 'deck', id: entry.deck, cards });
    }
  }
  return units;
}
