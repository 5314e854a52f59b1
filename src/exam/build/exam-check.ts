/**
 * Guide-level checks of exam pages (authoring contract, Extension 1: "A `from` that matches no
 * section or tag, or asks for more questions than it holds, is a build error"). Pure: the build
 * passes in what it already knows of each lesson.
 */
import type { Problem } from '../../lib/problems';
import { closestName } from '../../lib/suggest';
import { selectPool, type PoolItem, type Selection } from '../pool';
import type { ExamBlock } from '../settings';

/** What the check needs of one lesson of the guide. */
export interface ExamCheckLesson {
  /** Project-relative path used in messages, e.g. `content/exams/final.mdx`. */
  file: string;
  /** Route slug, e.g. `exams/final`. */
  slug: string;
  /** Slug of its section ('' at the top). */
  section: string;
  tags: readonly string[];
  /** Present on exam pages. */
  exam?: ExamBlock;
  /** Ids of the lesson's questions (not flashcards), in document order. */
  questions: readonly string[];
}

/** A `from` list resolved against the guide: entries naming a section, a tag (or both), or nothing. */
export interface ResolvedFrom extends Selection {
  /** Indexes of entries that match neither a section nor a tag. */
  unknown: number[];
}

/**
 * Splits an exam's `from` into sections and tags; an entry naming both takes both.
 * @example resolveFrom(['releasing', 'safety'], ['releasing'], ['safety']) // { sections: ['releasing'], tags: ['safety'], unknown: [] }
 */
export function resolveFrom(from: readonly string[] | undefined, sections: readonly string[], tags: readonly string[]): ResolvedFrom {
  const resolved: ResolvedFrom = { sections: [], tags: [], unknown: [] };
  (from ?? []).forEach((entry, i) => {
    const isSection = entry !== '' && sections.includes(entry);
    const isTag = tags.includes(entry);
    if (isSection) (resolved.sections as string[]).push(entry);
    if (isTag) (resolved.tags as string[]).push(entry);
    if (!isSection && !isTag) resolved.unknown.push(i);
  });
  return resolved;
}

/**
 * The questions exams and practice tests draw from: every question of the guide except those
 * written on exam pages, which belong to their own exam.
 */
export function guidePool(lessons: readonly ExamCheckLesson[]): PoolItem[] {
  return lessons
    .filter((l) => !l.exam)
    .flatMap((l) => l.questions.map((id) => ({ id, lesson: l.slug, section: l.section, tags: l.tags })));
}

const quoteList = (names: readonly string[], max = 8) =>
  names.slice(0, max).map((n) => `\`${n}\``).join(', ') + (names.length > max ? `, and ${names.length - max} more` : '');

/** "A, B or C" from the options that apply (false ones dropped), capitalised. */
function orList(options: (string | false)[]): string {
  const kept = options.filter((o): o is string => !!o);
  const text = kept.length > 1 ? `${kept.slice(0, -1).join(', ')} or ${kept.at(-1)}` : kept.join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unknownFix(entry: string, sections: readonly string[], tags: readonly string[]): string {
  // A nested section named by its folder alone (`advanced` for `releasing/advanced`) is a likely slip.
  const guess = closestName(entry, [...sections, ...tags]) ?? sections.find((s) => s.endsWith(`/${entry}`));
  if (guess) return `Did you mean \`${guess}\`? Write \`${guess}\` instead of \`${entry}\`.`;
  const named = [sections.length && `a section (${quoteList(sections)})`, tags.length && `a tag (${quoteList(tags)})`].filter(Boolean);
  return `Name ${named.join(' or ') || 'a section folder'}, or leave \`from\` out to draw from the whole guide.`;
}

/**
 * Checks every exam page against the guide: each `from` entry must name a section or a tag, and
 * the pool (the page's own questions, always included, plus what `from` selects) must hold at
 * least `questions`. Problems point at the `from` entry or the `questions:` line.
 * @param sections Section slugs of the guide (the root '' is ignored).
 */
export function checkExams(lessons: readonly ExamCheckLesson[], sections: readonly string[]): Problem[] {
  const sectionNames = sections.filter((s) => s !== '');
  const tags = [...new Set(lessons.flatMap((l) => l.tags))];
  const pool = guidePool(lessons);
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    const { exam, file } = lesson;
    if (!exam) continue;
    const resolved = resolveFrom(exam.from, sectionNames, tags);
    for (const i of resolved.unknown) {
      const entry = exam.from![i]!;
      problems.push({
        file, ...exam.at.from[i]!,
        message: `\`exam.from\` entry \`${entry}\` is neither a section nor a tag of this guide.`,
        fix: unknownFix(entry, sectionNames, tags),
      });
    }
    const own = new Set(lesson.questions).size;
    // A `from` whose entries all miss selects nothing; an empty Selection would mean the whole guide.
    const selects = resolved.sections.length + resolved.tags.length > 0;
    const drawable = !exam.from ? pool.length : selects ? selectPool(pool, resolved).length : 0;
    const where = exam.from ? `from ${quoteList(exam.from)}` : 'from the whole guide';
    if (own > exam.questions) {
      problems.push({
        file, ...exam.at.questions,
        message: `This exam page holds ${own} questions of its own, more than \`questions: ${exam.questions}\`; its own questions are always included.`,
        fix: `Raise \`questions\` to at least ${own}, or move some of the page's questions into a lesson.`,
      });
    } else if (own + drawable < exam.questions) {
      problems.push({
        file, ...exam.at.questions,
        message: `This exam asks for ${exam.questions} questions, but its pool holds only ${own + drawable}: ${drawable} ${where} and ${own} written on this exam page.`,
        fix: `${orList([own + drawable > 0 && `Lower \`questions\` to ${own + drawable}`, !!exam.from && 'widen `from`', 'write more questions'])}; questions written on the exam page are always included and count toward \`questions\`.`,
      });
    }
  }
  return problems;
}
