/**
 * Importing an mdbook-quiz TOML file as one lesson: every question in order, each `[multipart]`
 * text once as prose before the first question that refers to it. Question `id`s are kept.
 */
import { checkProblem } from '../contract.ts';
import { derivedId, sourceId } from '../ids.ts';
import { leftoverMessages, leftovers, type Leftovers } from '../leftovers.ts';
import { markdownToMdx } from '../mdx-text.ts';
import type { Block, ImportResult } from '../model.ts';
import { lessonName, lessonTitle, skippedAt, type ImportContext } from '../source.ts';
import { rustBookCode } from './code.ts';
import type { QuizContext } from './context.ts';
import { multipleChoice } from './multiple-choice.ts';
import { shortAnswer } from './short-answer.ts';
import { tracing } from './tracing.ts';
import { readQuiz, text, type QuizQuestion } from './quiz.ts';

const KINDS = { MultipleChoice: multipleChoice, ShortAnswer: shortAnswer, Tracing: tracing };

function isKind(type: string): type is keyof typeof KINDS {
  return Object.hasOwn(KINDS, type);
}

/**
 * One lesson with every question of the quiz that Mnemo can hold; the rest is in `skipped`.
 * @example importToml({ file: { path: 'ch01.toml', text }, ids: new IdRegistry() })
 */
export function importToml(ctx: ImportContext): ImportResult {
  const { file } = ctx;
  const result: ImportResult = { lessons: [], skipped: [], losses: [] };
  const quiz = readQuiz(file.text);
  if ('error' in quiz) {
    result.skipped.push(skippedAt(file, quiz.line, 'file', quiz.error));
    return result;
  }
  const name = lessonName(file.path);
  const mdxWith = (found: Leftovers) => (markdown: string) => markdownToMdx(markdown, { ...found, transform: rustBookCode });
  const blocks: Block[] = [];
  const introduced = new Set<string>();
  const convert = (question: QuizQuestion) => {
    const what = `${question.type || 'untyped'} question`;
    if (question.multipart !== undefined && !introduced.has(question.multipart)) {
      introduced.add(question.multipart);
      const shared = quiz.multipart[question.multipart];
      const found = leftovers();
      if (shared === undefined) result.losses.push(skippedAt(file, question.line, what, `its multipart text "${question.multipart}" is missing`));
      else blocks.push({ kind: 'prose', mdx: mdxWith(found)(shared), line: question.line });
      result.losses.push(...leftoverMessages(found).map((loss) => skippedAt(file, question.line, 'multipart text', loss)));
    }
    if (!isKind(question.type)) {
      result.skipped.push(skippedAt(file, question.line, what, `mdbook-quiz type "${question.type}" has no Mnemo equivalent`));
      return;
    }
    const wanted = question.id ? sourceId(question.id, 'q') : derivedId(name, text(question.prompt.prompt) ?? text(question.prompt.program) ?? '');
    const found = leftovers();
    const qctx: QuizContext = { id: wanted, mdx: mdxWith(found), losses: [] };
    const check = KINDS[question.type](question, qctx);
    const problem = typeof check === 'string' ? check : checkProblem(check);
    if (typeof check === 'string' || problem) {
      result.skipped.push(skippedAt(file, question.line, what, problem ?? ''));
      return;
    }
    check.id = ctx.ids.claim(check.id);
    blocks.push({ kind: 'check', check });
    result.losses.push(...[...qctx.losses, ...leftoverMessages(found)].map((loss) => skippedAt(file, question.line, what, loss)));
  };
  quiz.questions.forEach(convert);
  if (blocks.some((block) => block.kind === 'check')) {
    const base = file.path.split(/[/\\]/).pop();
    result.lessons.push({ name, title: lessonTitle(file.path), description: `Imported from the mdbook-quiz file ${base}.`, tags: [], blocks });
  }
  return result;
}
