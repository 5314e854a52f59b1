/**
 * The weakest topics: the sections and tags where the learner's answers are least often right,
 * so the dashboard can say where to study next.
 *
 * The rule: an answer is a question's last result (right, or not: wrong or answer shown) or a
 * flashcard's last rating ("got it", or "again"). A topic counts once at least `MIN_ANSWERS` of
 * its self-checks have one, and not when every answer is right. Topics are ranked by the share
 * of answers that are right, lowest first; on a tie, the one with more answers first (more
 * evidence), then guide order. A tag holding exactly the self-checks of a section or of an
 * earlier tag says nothing new and is left out. Pure and browser-safe.
 */
import { addTally, emptyTally, tallyOf, type Index, type Results, type Tally } from './summary';

/**
 * Fewest answers for a topic to count. Below three, one more answer moves the share by a third
 * or more, so a topic would be "weakest" on the strength of a single slip.
 */
export const MIN_ANSWERS = 3;

/** How many topics the dashboard shows. */
export const TOPICS_SHOWN = 3;

/** A weak topic. */
export interface Topic {
  kind: 'section' | 'tag';
  /** The section's slug or the tag. */
  name: string;
  /** The section's title, or the tag. */
  title: string;
  answers: number;
  right: number;
  /** Share of answers that are right, 0 to 1. */
  share: number;
  /** Where to study it: the section's page, or the tag's lesson with the lowest share right. */
  link: string;
}

const answersOf = (t: Tally) => t.answered + t.rated;
const rightOf = (t: Tally) => t.right + t.known;

interface Candidate extends Topic {
  order: number;
  ids: string;
}

/**
 * The weakest topics of `index` by `results`, at most `limit`, weakest first (see the rule above).
 * @example weakestTopics(index, progress) // [{ kind: 'section', name: 'releasing', answers: 6, right: 2, share: 0.33, ... }]
 */
export function weakestTopics(index: Index, results: Results, limit = TOPICS_SHOWN): Topic[] {
  const titles = new Map(index.sections.map((s) => [s.slug, s.title]));
  const groups = new Map<string, { kind: Topic['kind']; name: string; order: number; lessons: Index['lessons'] }>();
  index.lessons.forEach((lesson, order) => {
    // Lessons at the top of the guide belong to no section.
    const keys: [Topic['kind'], string][] = lesson.section ? [['section', lesson.section]] : [];
    for (const tag of lesson.tags) keys.push(['tag', tag]);
    for (const [kind, name] of keys) {
      const key = `${kind}:${name}`;
      const group = groups.get(key) ?? { kind, name, order, lessons: [] };
      group.lessons.push(lesson);
      groups.set(key, group);
    }
  });
  const candidates: Candidate[] = [];
  for (const { kind, name, order, lessons } of groups.values()) {
    let tally = emptyTally();
    let weakest: { slug: string; share: number } | undefined;
    for (const lesson of lessons) {
      const t = tallyOf(results, lesson.questions, lesson.cards);
      tally = addTally(tally, t);
      const share = answersOf(t) ? rightOf(t) / answersOf(t) : Infinity;
      if (!weakest || share < weakest.share) weakest = { slug: lesson.slug, share };
    }
    const answers = answersOf(tally);
    const right = rightOf(tally);
    if (answers < MIN_ANSWERS || right === answers) continue;
    const ids = lessons.flatMap((l) => [...l.questions, ...l.cards]).sort().join(' ');
    const link = kind === 'section' ? name : weakest!.slug;
    candidates.push({ kind, name, title: kind === 'section' ? (titles.get(name) ?? name) : name, answers, right, share: right / answers, link, order, ids });
  }
  const rank = (t: Candidate) => (t.kind === 'section' ? 0 : 1);
  candidates.sort((a, b) => a.share - b.share || b.answers - a.answers || a.order - b.order || rank(a) - rank(b));
  const seen = new Set<string>();
  const topics: Topic[] = [];
  for (const { order, ids, ...topic } of candidates) {
    if (seen.has(ids)) continue;
    seen.add(ids);
    topics.push(topic);
    if (topics.length === limit) break;
  }
  return topics;
}
