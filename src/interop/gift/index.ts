/**
 * Importing a Moodle GIFT file as one lesson. Blocks are split and read as Moodle reads them
 * (see `moodle-reading.ts`) and parsed with gift-pegjs; each question type has its converter.
 *
 * Mapping: `::title::` and `// [id:...]` give the id (the `[id:]` first), never a heading, as
 * Moodle shows neither to learners; `// [tag:...]` go to the lesson's `tags`; `$CATEGORY:`
 * starts a section (a level-2 heading) of the lesson; a description becomes prose; an essay
 * cannot be graded without a teacher and is reported as not converted.
 */
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { checkProblem } from '../contract.ts';
import { derivedId, sourceId } from '../ids.ts';
import { leftoverMessages, leftovers } from '../leftovers.ts';
import type { Block, Check, ImportResult } from '../model.ts';
import { lessonName, lessonTitle, skippedAt, type ImportContext } from '../source.ts';
import { giftBlocks, type GiftBlock } from './blocks.ts';
import { multipleChoice, trueFalse } from './choice.ts';
import { matching } from './matching.ts';
import { readAsMoodle, type MoodleType } from './moodle-reading.ts';
import { numerical } from './numerical.ts';
import type { GiftQuestionContext } from './shared.ts';
import { shortAnswer } from './short-answer.ts';
import { giftToMdx, giftToText } from './text.ts';
import { toUnits } from './units.ts';

// The gift-pegjs type that matches each Moodle type; any other reading is reported.
const PEG_TYPE: Record<MoodleType, GIFTQuestion['type']> = {
  category: 'Category',
  description: 'Description',
  essay: 'Essay',
  numerical: 'Numerical',
  multichoice: 'MC',
  match: 'Matching',
  truefalse: 'TF',
  shortanswer: 'Short',
};

/** `$course$/top/Unit 1/Topic` as the heading `Unit 1 / Topic` (context and `top` dropped). */
export function categoryHeading(category: string): string {
  const parts = category.replace(/^\$[a-z]+\$\//, '').split('/').map((part) => part.trim()).filter(Boolean);
  if (parts[0] === 'top' && parts.length > 1) parts.shift();
  return parts.join(' / ');
}

function convert(question: GIFTQuestion, ctx: GiftQuestionContext): Check | undefined {
  switch (question.type) {
    case 'MC':
      return multipleChoice(question, ctx);
    case 'TF':
      return trueFalse(question, ctx);
    case 'Short':
      return shortAnswer(question, ctx);
    case 'Numerical':
      return numerical(question, ctx);
    case 'Matching':
      return matching(question, ctx);
    default:
      return undefined;
  }
}

interface State {
  ctx: ImportContext;
  lesson: string;
  blocks: Block[];
  tags: Set<string>;
  result: ImportResult;
}

function readBlock(block: GiftBlock, state: State): void {
  const { file } = state.ctx;
  const skip = (what: string, reason: string): void => {
    state.result.skipped.push(skippedAt(file, block.line, what, reason));
  };
  const reading = readAsMoodle(block.text, toUnits(block.text));
  if ('error' in reading) return skip('question', `Moodle would not import it: ${reading.error}`);
  let question: GIFTQuestion | undefined;
  try {
    question = parse(`${[...block.comments, reading.gift].join('\n')}\n`)[0];
  } catch (error) {
    return skip(`${reading.type} question`, `gift-pegjs could not read it: ${(error as Error).message}`);
  }
  if (!question || question.type !== PEG_TYPE[reading.type]) {
    return skip(`${reading.type} question`, `gift-pegjs read it as ${question?.type ?? 'nothing'}, where Moodle reads a ${reading.type} question`);
  }
  if (question.type === 'Category') {
    const heading = categoryHeading(block.text.slice('$CATEGORY:'.length).trim());
    if (heading) state.blocks.push({ kind: 'heading', text: heading });
    return;
  }
  if (question.type === 'Essay') {
    return skip('essay question', 'an essay is graded by a teacher, and Mnemo has no open-answer question');
  }
  const found = leftovers();
  const losses: string[] = [];
  if (question.type === 'Description') {
    state.blocks.push({ kind: 'prose', mdx: giftToMdx(question.stem, found), line: block.line });
  } else {
    const wanted = question.id ? sourceId(question.id, 'q') : question.title ? sourceId(question.title, 'q') : undefined;
    const qctx: GiftQuestionContext = { id: wanted ?? derivedId(state.lesson, giftToText(question.stem)), line: block.line, found, losses };
    const check = convert(question, qctx);
    const problem = check ? checkProblem(check) : 'Mnemo has no such question';
    if (!check || problem) return skip(`${reading.type} question`, problem ?? '');
    // The id is taken only now, so a question left out does not push the next one's id to `-2`.
    check.id = state.ctx.ids.claim(check.id);
    state.blocks.push({ kind: 'check', check });
  }
  for (const tag of question.tags ?? []) state.tags.add(tag);
  const what = `${reading.type} question`;
  state.result.losses.push(...[...losses, ...leftoverMessages(found)].map((loss) => skippedAt(file, block.line, what, loss)));
}

/**
 * One lesson with every GIFT question that Mnemo can hold; the rest is listed in `skipped`.
 * @example importGift({ file: { path: 'quiz.gift', text }, ids: new IdRegistry() })
 */
export function importGift(ctx: ImportContext): ImportResult {
  const name = lessonName(ctx.file.path);
  const state: State = { ctx, lesson: name, blocks: [], tags: new Set(), result: { lessons: [], skipped: [], losses: [] } };
  for (const block of giftBlocks(ctx.file.text)) readBlock(block, state);
  if (state.blocks.some((block) => block.kind !== 'heading')) {
    const base = ctx.file.path.split(/[/\\]/).pop();
    state.result.lessons.push({
      name,
      title: lessonTitle(ctx.file.path),
      description: `Imported from the Moodle GIFT file ${base}.`,
      tags: [...state.tags],
      blocks: state.blocks,
    });
  }
  return state.result;
}

