/**
 * Rewriting an analysed lesson for rendering: each self-check element gets its spec as one
 * prop, and the parts whose HTML the component needs (stem, choices, hints, explanation)
 * become named slots:
 *
 * ```
 * <Question spec={{...}}>
 *   <MnemoPart slot="stem">… <span data-mn-blank="0"></span> …</MnemoPart>
 *   <MnemoPart slot="choice-0">…</MnemoPart> …   (or step-0, step-1 …)
 *   <MnemoPart slot="feedback-0">…</MnemoPart> …   (a choice's `feedback`, as inline Markdown)
 *   <MnemoPart slot="hint-0">…</MnemoPart> …
 *   <MnemoPart slot="explanation">…</MnemoPart>
 * </Question>
 * <Deck deck={{...}}>
 *   <MnemoPart slot="title">…</MnemoPart>
 *   <Flashcard spec={{...}} position="1"><MnemoPart slot="front">…</MnemoPart>…back…</Flashcard> …
 * </Deck>
 * ```
 *
 * Runs only on a lesson whose analysis found no problem; reads the analysis, never changes it.
 */
import type { Nodes } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { BLANK_ATTRIBUTE } from '../kinds/blanks/render';
import { readString } from './attribute-values';
import { attributeMarkdown, type InlineText } from './inline-markdown';
import { createElement, getAttribute, stringAttribute, type JsxElement } from './mdx';
import type { LessonAnalysis, QuestionNodes } from './types';

/** The component that carries one named slot's content (`components/checks/MnemoPart.astro`). */
export const PART_COMPONENT = 'MnemoPart';

/**
 * An attribute whose value is `value` as a JavaScript literal: `spec={{ ... }}`, as its source
 * text (JSON), which Sätteri parses when it compiles the lesson and the prerender plugin reads
 * back. It carries no estree: Sätteri takes none, and building one for every self-check cost
 * the compile 0.07 s per 1,000 lessons for nothing (issue 19).
 */
export function valueAttribute(name: string, value: unknown): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) } };
}

function part(slot: string, children: Nodes[]) {
  return createElement(PART_COMPONENT, [stringAttribute('slot', slot)], children);
}

/** A text attribute's value as inline Markdown (parsed once, with the analysis), if it has one. */
function markdownOf(element: JsxElement, name: string): InlineText | undefined {
  const attribute = getAttribute(element, name);
  const read = attribute ? readString(attribute, element.name ?? '') : undefined;
  return attribute && read && 'value' in read ? attributeMarkdown(attribute, read.value) : undefined;
}

function rewriteQuestion(question: QuestionNodes): void {
  const { node, spec } = question;
  node.attributes = [valueAttribute('spec', spec)];
  const children = [part('stem', question.stem as Nodes[])];
  if (spec.kind === 'single' || spec.kind === 'multiple') {
    question.parts.forEach((choice, n) => children.push(part(`choice-${n}`, choice.children as Nodes[])));
    question.parts.forEach((choice, n) => {
      const feedback = spec.choices[n]?.feedback ? markdownOf(choice, 'feedback') : undefined;
      if (feedback) children.push(part(`feedback-${n}`, feedback.nodes));
    });
  }
  if (spec.kind === 'order') question.parts.forEach((step, n) => children.push(part(`step-${n}`, step.children as Nodes[])));
  if (spec.kind === 'blanks') {
    // Each `<Blank>` in the stem becomes a placeholder that renders as plain HTML, where the
    // question's renderer puts the blank's input (kinds/blanks/render.ts).
    question.parts.forEach((blank, n) => {
      blank.name = 'span';
      blank.attributes = [stringAttribute(BLANK_ATTRIBUTE, String(n))];
      blank.children = [];
    });
  }
  question.hints.forEach((hint, n) => children.push(part(`hint-${n}`, hint.children as Nodes[])));
  if (question.explanation) children.push(part('explanation', question.explanation.children as Nodes[]));
  node.children = children as typeof node.children;
}

/** Rewrites the lesson's self-check elements in place (see the module comment for the shape). */
export function rewriteLesson(analysis: LessonAnalysis): void {
  for (const question of analysis.questions) rewriteQuestion(question);
  for (const deck of analysis.decks) {
    const title = deck.spec.title ? markdownOf(deck.node, 'title') : undefined;
    if (title) deck.node.children.unshift(part('title', title.nodes) as never);
    deck.node.attributes = [valueAttribute('deck', deck.spec)];
  }
  for (const card of analysis.cards) {
    const front = markdownOf(card.node, 'front');
    if (front) card.node.children.unshift(part('front', front.nodes) as never);
    card.node.attributes = [valueAttribute('spec', card.spec)];
    if (card.position !== undefined) card.node.attributes.push(stringAttribute('position', String(card.position)));
  }
}
