/**
 * What the dashboard counts: for the guide, each section and each lesson, how many self-checks
 * are answered and right, and how many flashcards were last rated "got it". Only self-checks the
 * guide has now are counted; saved results of others are kept but only counted as a number
 * (`orphans`), since an id may come back in a later edit. Pure and browser-safe.
 */
import type { CatalogueIndex } from '../checks/catalogue/write';

/** Saved results as the dashboard reads them (a `Progress` value, or any version's maps). */
export interface Results {
  questions: Readonly<Record<string, { result?: unknown } | undefined>>;
  cards: Readonly<Record<string, { last?: unknown } | undefined>>;
}

/** Counts of one lesson, section or the guide. */
export interface Tally {
  /** Questions, and how many have a saved result, and how many of those were last answered right. */
  questions: number;
  answered: number;
  right: number;
  /** Flashcards, how many were rated, and how many were last rated "got it". */
  cards: number;
  rated: number;
  known: number;
}

/** One lesson's row. */
export interface LessonRow {
  slug: string;
  title: string;
  tally: Tally;
}

/** One top-level section's rows; `slug` is '' for lessons at the top of the guide. */
export interface SectionRow {
  slug: string;
  title: string;
  tally: Tally;
  lessons: LessonRow[];
  /** Every question and flashcard id of the section, for its reset. */
  ids: string[];
}

/** The dashboard's counts. */
export interface Summary {
  tally: Tally;
  /** Sections holding self-checks, in guide order, with their lessons that hold any. */
  sections: SectionRow[];
  /** Saved results (questions, cards, review items) of self-checks the guide no longer has. */
  orphans: number;
}

/** The catalogue index as the dashboard reads it. */
export type Index = Pick<CatalogueIndex, 'sections' | 'lessons'>;

const own = <T>(map: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);

/** A tally with nothing in it. */
export const emptyTally = (): Tally => ({ questions: 0, answered: 0, right: 0, cards: 0, rated: 0, known: 0 });

/**
 * The counts of the questions `questions` and cards `cards`.
 * @example tallyOf(results, ['q-1', 'q-2'], []) // { questions: 2, answered: 1, right: 1, cards: 0, rated: 0, known: 0 }
 */
export function tallyOf(results: Results, questions: readonly string[], cards: readonly string[]): Tally {
  const tally = emptyTally();
  tally.questions = questions.length;
  tally.cards = cards.length;
  for (const id of questions) {
    const result = own(results.questions, id)?.result;
    if (result === undefined) continue;
    tally.answered++;
    if (result === 'right') tally.right++;
  }
  for (const id of cards) {
    const last = own(results.cards, id)?.last;
    if (last === undefined) continue;
    tally.rated++;
    if (last === 'got') tally.known++;
  }
  return tally;
}

/** The sum of two tallies. */
export function addTally(a: Tally, b: Tally): Tally {
  return {
    questions: a.questions + b.questions, answered: a.answered + b.answered, right: a.right + b.right,
    cards: a.cards + b.cards, rated: a.rated + b.rated, known: a.known + b.known,
  };
}

/**
 * The dashboard's counts of `results` over the guide `index`; `reviewIds` are the items with a
 * review state, counted among the orphans when the guide no longer has them.
 */
export function summarise(index: Index, results: Results, reviewIds: readonly string[] = []): Summary {
  const titles = new Map(index.sections.map((s) => [s.slug, s.title]));
  const sections = new Map<string, SectionRow>();
  const known = new Set<string>();
  let tally = emptyTally();
  for (const lesson of index.lessons) {
    for (const id of [...lesson.questions, ...lesson.cards]) known.add(id);
    if (lesson.questions.length + lesson.cards.length === 0) continue;
    const row: LessonRow = { slug: lesson.slug, title: lesson.title, tally: tallyOf(results, lesson.questions, lesson.cards) };
    let section = sections.get(lesson.section);
    if (!section) sections.set(lesson.section, (section = { slug: lesson.section, title: titles.get(lesson.section) ?? '', tally: emptyTally(), lessons: [], ids: [] }));
    section.lessons.push(row);
    section.ids.push(...lesson.questions, ...lesson.cards);
    section.tally = addTally(section.tally, row.tally);
    tally = addTally(tally, row.tally);
  }
  const saved = new Set([...Object.keys(results.questions), ...Object.keys(results.cards), ...reviewIds]);
  const orphans = [...saved].filter((id) => !known.has(id)).length;
  return { tally, sections: [...sections.values()], orphans };
}

/**
 * Every self-check id the guide has, for leaving out saved data of others (the due chart).
 * @example guideIds(index).has('canary-share') // true
 */
export function guideIds(index: Index): Set<string> {
  return new Set(index.lessons.flatMap((lesson) => [...lesson.questions, ...lesson.cards]));
}
