/**
 * The rules of the authoring contract that a converted self-check must meet for the lesson to
 * build (see ../shared/authoring.md, "Rules the build enforces" and Extension 1). An importer
 * checks each converted question here and lists it as not converted, with this reason, instead
 * of writing a lesson that would fail the build.
 */
import type { Card, Check, TypedAnswer } from './model.ts';

const IMAGE = /\\?\[image: [^\]]*\\?\]/g;

/** Why a text part cannot be shown, or undefined: empty, or only images that were left behind. */
function emptyReason(text: string, part: string): string | undefined {
  if (text.trim() === '') return `${part} is empty`;
  if (text.replace(IMAGE, '').trim() === '') return `${part} is only an image, and image files are not imported`;
  return undefined;
}

function answerProblem(answer: TypedAnswer, what: string): string | undefined {
  if ('accept' in answer) {
    if (answer.accept.length === 0) return `${what} accepts no answer`;
    if (answer.accept.some((text) => text.trim() === '')) return `${what} has an empty accepted answer`;
    return undefined;
  }
  if (!Number.isFinite(answer.number)) return `${what} is not a number`;
  if (!Number.isFinite(answer.tolerance) || answer.tolerance < 0) return `${what} has no valid tolerance`;
  return undefined;
}

function choiceProblem(check: Extract<Check, { kind: 'choice' }>): string | undefined {
  if (check.choices.length < 2) return 'a choice question needs at least two options';
  if (!check.choices.some((choice) => choice.correct)) return 'no option is right';
  return check.choices.map((choice) => emptyReason(choice.mdx, 'an option')).find(Boolean);
}

function pairsProblem(check: Extract<Check, { kind: 'pairs' }>): string | undefined {
  if (check.pairs.length < 2) return 'a matching question needs at least two pairs';
  const prompts = check.pairs.map((pair) => pair.prompt.trim());
  if (prompts.some((prompt) => prompt === '')) return 'a pair has no prompt';
  const twice = prompts.find((prompt, index) => prompts.indexOf(prompt) !== index);
  if (twice !== undefined) return `two pairs share the prompt "${twice}", and prompts must be unique`;
  return check.pairs.map((pair) => emptyReason(pair.mdx, 'the answer of a pair')).find(Boolean);
}

/**
 * Why a converted question would fail the build, or undefined when it is fine.
 * @example checkProblem({ kind: 'choice', choices: [oneOption], ... }) // 'a choice question needs at least two options'
 */
export function checkProblem(check: Check): string | undefined {
  const stem = emptyReason(check.kind === 'blanks' ? check.stem.replace(/\uE000\d+\uE001/g, 'gap') : check.stem, 'the question text');
  if (stem) return stem;
  switch (check.kind) {
    case 'choice':
      return choiceProblem(check);
    case 'typed':
      return answerProblem(check.answer, 'the answer');
    case 'pairs':
      return pairsProblem(check);
    case 'blanks':
      if (check.blanks.length === 0) return 'it has no blank';
      return check.blanks.map((answer, index) => answerProblem(answer, `blank ${index + 1}`)).find(Boolean);
  }
}

/** Why a converted flashcard would fail the build, or undefined when it is fine. */
export function cardProblem(card: Card): string | undefined {
  return emptyReason(card.front, 'the front') ?? emptyReason(card.back, 'the back');
}
