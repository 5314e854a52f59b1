/**
 * Writing HTML as strings, safely: self-checks render from their spec and the HTML parts
 * the lesson's compile produced, on lesson pages at build time and on study pages in the
 * browser, with the same functions. Browser-safe and tiny.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/**
 * Text as HTML: `&`, `<`, `>` and quotes escaped.
 * @example escapeHtml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  // Most texts hold nothing to escape: a test is cheaper than a replace that calls back (issue 19).
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
}

/** Attribute values: a string is written escaped, `true` as a bare attribute, `false`/undefined not at all. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * An element's opening tag, attributes in the order given.
 * @example open('p', { class: 'x', hidden: true }) // '<p class="x" hidden>'
 */
export function open(tag: string, attributes: Attributes = {}): string {
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return `${out}>`;
}

/**
 * A whole element around `inner` (HTML, not escaped).
 * @example element('p', { class: 'x' }, 'Hi') // '<p class="x">Hi</p>'
 */
export function element(tag: string, attributes: Attributes, inner = ''): string {
  return `${open(tag, attributes)}${inner}</${tag}>`;
}

/**
 * HTML of inline content without the single paragraph MDX wraps around content written on
 * its own lines (a `<p>` may not sit inside a `<label>`).
 * @example unwrapParagraph('<p>Yes</p>') // 'Yes'
 */
export function unwrapParagraph(html: string): string {
  const match = /^\s*<p>([\s\S]*)<\/p>\s*$/.exec(html);
  return match && !match[1]!.includes('<p>') ? match[1]! : html;
}
