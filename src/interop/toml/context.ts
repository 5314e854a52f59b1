/**
 * What each mdbook-quiz kind converter (one file per kind, like mdbook-quiz's `questions/`
 * folder) needs, and the fields every kind shares: `context` becomes the explanation.
 */
import type { QuizQuestion } from './quiz.ts';

/** What a kind converter needs: the id, Markdown to MDX, and a place to record losses. */
export interface QuizContext {
  /** The id the question asks for (made unique once it is imported). */
  id: string;
  /** Markdown of the quiz as MDX, with Rust Book code blocks rewritten. */
  mdx: (markdown: string) => string;
  losses: string[];
}

/** The id, line, stem, hints and explanation (from `context`) of a converted question. */
export function commonFields(question: QuizQuestion, ctx: QuizContext, stem: string) {
  const explanation = question.context?.trim() ? ctx.mdx(question.context) : undefined;
  return { id: ctx.id, line: question.line, stem, hints: [], ...(explanation ? { explanation } : {}) };
}
