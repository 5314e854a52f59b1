/**
 * Reading a fill-in-the-blank question's `<Blank>`s, found in its text in reading order:
 * each is an expected answer written like `<Answer>` (`accept`, or `number` with
 * `tolerance`), and reported like one.
 */
import type { JsxElement } from '../../build/mdx';
import type { CheckContext } from '../../build/report';
import type { Blank } from '../../schema';
import { readTypedAnswer } from '../typed/read';
import type { AnswerOf, QuestionElement } from '../types';

/** The blanks of one question; undefined when any of them cannot be read (each is reported). */
export function readBlanks(parts: JsxElement[], _question: QuestionElement, ctx: CheckContext): AnswerOf<'blanks'> | undefined {
  const blanks = parts.map((part) => readTypedAnswer(part, ctx));
  return blanks.every((blank): blank is Blank => blank !== undefined) ? { kind: 'blanks', blanks } : undefined;
}
