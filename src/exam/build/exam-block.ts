/**
 * Validating a lesson's `exam` frontmatter block (authoring contract, Extension 1). Build-time
 * only: every problem names the file, the line of the offending setting and what to write.
 */
import type { YamlSource } from '../../lib/content/yaml-source';
import { describeValue } from '../../lib/content/yaml-source';
import type { Problem } from '../../lib/problems';
import { closestName } from '../../lib/suggest';
import { DEFAULT_PASS_MARK, EXAM_KEYS, type ExamBlock } from '../settings';

type Key = (typeof EXAM_KEYS)[number];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Each setting's test, what it must be (after "must be") and a fix for a wrong value. */
const RULES: Record<Key, { ok: (v: unknown) => boolean; expected: string; fix: (v: unknown) => string }> = {
  questions: {
    ok: (v) => Number.isInteger(v) && (v as number) >= 1,
    expected: 'a whole number of at least 1',
    fix: () => 'Write how many questions to draw, e.g. `questions: 30`.',
  },
  from: {
    ok: (v) => Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'string' && e.trim() !== ''),
    expected: 'a list of section folders or tags',
    fix: (v) =>
      typeof v === 'string' && v.trim()
        ? `Write it as a list: \`from: [${v.trim()}]\`.`
        : 'Write e.g. `from: [foundations, releasing]`, or leave `from` out to draw from the whole guide.',
  },
  timeLimit: {
    ok: (v) => isNumber(v) && v > 0,
    expected: 'a number of minutes above 0',
    fix: () => 'Write e.g. `timeLimit: 45` (minutes), or leave `timeLimit` out for an untimed exam.',
  },
  passMark: {
    ok: (v) => isNumber(v) && v >= 0 && v <= 100,
    expected: 'a percentage from 0 to 100',
    fix: (v) =>
      typeof v === 'string' && /^\s*\d+(\.\d+)?\s*%\s*$/.test(v)
        ? `Write the number without the % sign: \`passMark: ${v.replace(/[\s%]/g, '')}\`.`
        : `Write e.g. \`passMark: ${DEFAULT_PASS_MARK}\`.`,
  },
};

// A list is the right type for `from`, so say what is wrong inside it rather than "not a list".
function describe(v: unknown): string {
  if (!Array.isArray(v)) return describeValue(v);
  const bad = v.find((e) => typeof e !== 'string' || e.trim() === '');
  if (v.length === 0) return 'an empty list';
  return bad === undefined ? 'a list' : `a list holding ${typeof bad === 'string' ? 'an empty text' : describeValue(bad)}`;
}

/**
 * Reads the value of a lesson's `exam:` key. Unknown settings are errors, not warnings as at the
 * top level, because a mistyped setting (`time: 45`) would otherwise silently change the exam.
 * `null` settings (a key with nothing after it) count as absent, like other frontmatter.
 * @example readExamBlock({ questions: 30 }, yaml, 'content/exam.mdx').exam // { questions: 30, passMark: 70, at }
 */
export function readExamBlock(value: unknown, yaml: YamlSource, file: string): { exam?: ExamBlock; problems: Problem[] } {
  const block = yaml.position('exam');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = value === null || value === undefined
      ? 'The `exam` block is empty.'
      : `\`exam\` must be a block of settings, not ${describe(value)}.`;
    const fix = 'Write the settings indented under `exam:`, at least `questions`, e.g. `exam: { questions: 30, timeLimit: 45 }`.';
    return { problems: [{ file, ...block, message, fix }] };
  }
  const raw = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const { key, line, column } of yaml.keys('exam')) {
    if ((EXAM_KEYS as readonly string[]).includes(key)) {
      const rule = RULES[key as Key];
      const v = raw[key];
      if ((v !== null || key === 'questions') && !rule.ok(v)) {
        problems.push({ file, line, column, message: `\`exam.${key}\` must be ${rule.expected}, not ${describe(v)}.`, fix: rule.fix(v) });
      }
      continue;
    }
    const guess = closestName(key, EXAM_KEYS);
    problems.push({
      file, line, column,
      message: `Unknown \`exam\` setting \`${key}\`.`,
      fix: guess ? `Did you mean \`${guess}\`? Write \`${guess}:\` instead of \`${key}:\`.` : `The \`exam\` block takes: ${EXAM_KEYS.join(', ')}.`,
    });
  }
  if (!('questions' in raw)) {
    problems.push({ file, ...block, message: 'The `exam` block has no `questions`: how many questions to draw.', fix: RULES.questions.fix(undefined) });
  }
  if (problems.length) return { problems };
  const from = raw.from as string[] | null | undefined;
  const exam: ExamBlock = {
    questions: raw.questions as number,
    passMark: (raw.passMark as number | null) ?? DEFAULT_PASS_MARK,
    at: { block, questions: yaml.position(['exam', 'questions']), from: (from ?? []).map((_, i) => yaml.position(['exam', 'from', i])) },
  };
  if (from) exam.from = from.map((e) => e.trim());
  if (raw.timeLimit !== null && raw.timeLimit !== undefined) exam.timeLimit = raw.timeLimit as number;
  return { exam, problems };
}
