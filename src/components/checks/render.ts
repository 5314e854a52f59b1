/**
 * How the parts of a question get what they need from the question around them.
 *
 * Astro renders a component's children before the component itself, so a `<Choice>` cannot
 * ask its `<Question>` for the question's id (its radio group's name) or kind (radio or
 * checkbox). Parts therefore write placeholders in their attribute values, and parts the
 * question places elsewhere (explanation, answer key) mark their HTML with comments; the
 * question fills in and takes apart its children's HTML. Neither can collide with lesson
 * text: text is HTML-escaped (so `="` never occurs in it) and MDX has no HTML comments.
 */

/** Stands for the question's id inside attribute values. */
export const QUESTION_ID = 'mnemo-question-id';
/** Stands for the input type of a choice (`radio` or `checkbox`). */
export const CHOICE_TYPE = 'mnemo-choice-type';

/** Attribute values referring to the question's id, e.g. `ref('stem')`. */
export const ref = (suffix: string): string => `${QUESTION_ID}-${suffix}`;

/** The question's id and the choices' input type put into its children's attribute values. */
export function fillPlaceholders(html: string, id: string, choiceType: string): string {
  return html.replace(/="([^"]*)"/g, (attribute, value: string) =>
    value.includes('mnemo-') ? `="${value.replaceAll(QUESTION_ID, id).replaceAll(CHOICE_TYPE, choiceType)}"` : attribute,
  );
}

/** The comment that opens a part the question places itself (see `takeParts`). */
export const partStart = (name: string): string => `<!--mnemo:${name}-->`;
/** The comment that closes a part opened with `partStart`. */
export const partEnd = (name: string): string => `<!--/mnemo:${name}-->`;

/**
 * Removes the marked parts from `html`: what remains, and each part's HTML by name (parts
 * of one name joined in document order, e.g. every choice's line of the answer key).
 */
export function takeParts(html: string): { rest: string; parts: Record<string, string> } {
  const parts: Record<string, string> = {};
  const rest = html.replace(/<!--mnemo:([a-z-]+)-->([\s\S]*?)<!--\/mnemo:\1-->/g, (_, name: string, inner: string) => {
    parts[name] = (parts[name] ?? '') + inner;
    return '';
  });
  return { rest, parts };
}

/** A render-contract boolean: `true`, `"true"` or a bare attribute are true. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '';
}

/**
 * HTML of inline content, without a single wrapping paragraph that MDX adds when the
 * author wrote the content on its own lines; a `<p>` may not sit inside a `<label>`.
 */
export function unwrapParagraph(html: string): string {
  const match = /^\s*<p>([\s\S]*)<\/p>\s*$/.exec(html);
  return match && !match[1]!.includes('<p>') ? match[1]! : html;
}
