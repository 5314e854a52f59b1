import { readExamBlock } from '../../exam/build/exam-block';
import type { ExamBlock } from '../../exam/settings';
import { closestName } from '../suggest';
import type { Problem } from '../problems';
import { describeValue, parseYamlSource } from './yaml-source';

/** The frontmatter keys a lesson may use. Others are kept and ignored with a warning. */
export const FRONTMATTER_KEYS = ['title', 'description', 'order', 'tags', 'draft', 'exam'] as const;

/** A lesson's validated frontmatter. */
export interface Frontmatter {
  /** Page title; falls back to the lesson's first level-1 heading. */
  title?: string;
  /** One sentence shown under the title, in lists and in the page's meta description. */
  description?: string;
  /** Position among its siblings; lower comes first, unordered lessons come last by file name. */
  order?: number;
  /** Free-form labels. */
  tags: string[];
  /** `true` leaves the lesson out of the build. */
  draft: boolean;
  /** Makes the lesson an exam page; checked by `readExamBlock`. */
  exam?: ExamBlock;
}

/** The result of reading one lesson's frontmatter. */
export interface FrontmatterResult {
  data: Frontmatter;
  /** Line where the body starts (1-based). */
  bodyLine: number;
  body: string;
  problems: Problem[];
  warnings: Problem[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a lesson into its YAML frontmatter and body, keeping the body's first line number. */
export function splitFrontmatter(source: string): { yaml: string | undefined; body: string; bodyLine: number } {
  const match = FENCE.exec(source);
  if (!match) return { yaml: undefined, body: source, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine };
}

type Check = (value: unknown) => boolean;
const RULES: Record<Exclude<(typeof FRONTMATTER_KEYS)[number], 'exam'>, { ok: Check; expected: string; example: string }> = {
  title: { ok: (v) => typeof v === 'string' && v.trim() !== '', expected: 'a non-empty text', example: 'title: Canary releases' },
  description: { ok: (v) => typeof v === 'string', expected: 'a text', example: 'description: One sentence about the lesson.' },
  order: { ok: (v) => typeof v === 'number' && Number.isFinite(v), expected: 'a number', example: 'order: 2' },
  tags: {
    ok: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'),
    expected: 'a list of texts',
    example: 'tags: [deployment, safety]',
  },
  draft: { ok: (v) => typeof v === 'boolean', expected: 'true or false', example: 'draft: true' },
};

/**
 * Reads and validates a lesson's frontmatter. Typos of known keys (`titel`) are errors with a
 * suggestion; other unknown keys are warnings; wrong types are errors with an example.
 */
export function readFrontmatter(source: string, file: string): FrontmatterResult {
  const { yaml, body, bodyLine } = splitFrontmatter(source);
  const empty: Frontmatter = { tags: [], draft: false };
  if (yaml === undefined) return { data: empty, body, bodyLine, problems: [], warnings: [] };
  const parsed = parseYamlSource(yaml, file, 2);
  if (parsed.problems.length) return { data: empty, body, bodyLine, problems: parsed.problems, warnings: [] };
  if (parsed.data !== null && parsed.data !== undefined && (typeof parsed.data !== 'object' || Array.isArray(parsed.data))) {
    return {
      data: empty, body, bodyLine, warnings: [],
      problems: [{ file, line: 2, column: 1, message: 'The frontmatter must be a list of `key: value` lines.', fix: 'Write e.g. `title: My lesson` between the two `---` lines.' }],
    };
  }
  const raw = (parsed.data ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const data: Frontmatter = { ...empty };
  // Keys in written order; their lines are looked up only for a problem (yaml-source.ts).
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const place = () => ({ file, ...parsed.position(key) });
    if (key === 'exam') {
      const exam = readExamBlock(value, parsed, file);
      problems.push(...exam.problems);
      if (exam.exam) data.exam = exam.exam;
      continue;
    }
    if (!(key in RULES)) {
      const guess = closestName(key, FRONTMATTER_KEYS);
      if (guess) {
        problems.push({ ...place(), message: `Unknown frontmatter key \`${key}\`.`, fix: `Did you mean \`${guess}\`? Write \`${guess}:\` instead of \`${key}:\`.` });
      } else {
        warnings.push({ ...place(), message: `Frontmatter key \`${key}\` is not used by Mnemo and is ignored.`, fix: `Known keys: ${FRONTMATTER_KEYS.join(', ')}.` });
      }
      continue;
    }
    const rule = RULES[key as keyof typeof RULES];
    if (value === null || value === undefined) continue;
    if (!rule.ok(value)) {
      problems.push({ ...place(), message: `\`${key}\` must be ${rule.expected}, not ${describeValue(value)}.`, fix: `Write e.g. \`${rule.example}\`.` });
      continue;
    }
    (data as unknown as Record<string, unknown>)[key] = key === 'title' ? String(value).trim() : value;
  }
  return { data, body, bodyLine, problems, warnings };
}
