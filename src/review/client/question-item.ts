/**
 * Rendering a due question on the review page, loaded only when one comes up: its HTML from
 * the catalogue, by the function lesson pages render it with. The element that makes it
 * answerable is the lesson pages' own script (see `item.ts`).
 */
import { renderQuestion } from '../../checks/render/question';
import type { QuestionParts, RenderContext } from '../../checks/render/types';
import type { QuestionSpec } from '../../checks/schema';

/** The question's HTML, as its lesson renders it. */
export function renderReviewQuestion(spec: QuestionSpec, parts: QuestionParts, context: RenderContext): string {
  return renderQuestion(spec, parts, context);
}
