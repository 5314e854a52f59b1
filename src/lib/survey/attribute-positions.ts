/**
 * Sätteri gives a JSX element a position but not its attributes; `@mdx-js/mdx` gives both, and
 * Mnemo's messages point at the attribute at fault (`id="x"` at 5:11, not the element at 5:1).
 * So the attributes' positions are found again in the element's source text: after the tag
 * name, each attribute in order, skipping each value (quoted, or a `{...}` expression).
 */

/** A point in the source: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

interface Attribute {
  type: string;
  name?: string;
  position?: { start: Point; end: Point };
}

/** The offset just past a `{...}` expression starting at `from` (strings and nesting skipped). */
function pastExpression(source: string, from: number): number {
  let depth = 0;
  for (let at = from; at < source.length; at++) {
    const char = source[at]!;
    if (char === '"' || char === "'" || char === '`') {
      const end = source.indexOf(char, at + 1);
      if (end < 0) return source.length;
      at = end;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return at + 1;
  }
  return source.length;
}

/** The offset past an attribute's `= value` (nothing when it has none). */
function pastValue(source: string, from: number): number {
  const equals = /^\s*=\s*/.exec(source.slice(from, from + 200));
  if (!equals) return from;
  const at = from + equals[0].length;
  const quote = source[at];
  if (quote === '"' || quote === "'") return source.indexOf(quote, at + 1) + 1 || source.length;
  if (quote === '{') return pastExpression(source, at);
  return at;
}

/** Turns offsets into points, counting lines from a known point before them. */
function pointAt(source: string, from: Point, offset: number): Point {
  let { line, column } = from;
  for (let at = from.offset; at < offset; at++) {
    if (source.charCodeAt(at) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset };
}

/**
 * Sets `position` on the attributes of an element that starts at `start` in `source`, when they
 * have none. An attribute that cannot be found (a spread, say) is left without one, and so are
 * those after it.
 */
export function placeAttributes(attributes: Attribute[], source: string, start: Point): Attribute[] {
  if (!attributes.length || attributes.every((a) => a.position)) return attributes;
  const tag = /^<[^\s/>]*/.exec(source.slice(start.offset, start.offset + 200));
  let cursor = start.offset + (tag ? tag[0].length : 0);
  let point = start;
  return attributes.map((attribute) => {
    if (cursor < 0 || attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      cursor = -1;
      return attribute;
    }
    const name = new RegExp(`\\s${attribute.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s=/>]|$)`, 'y');
    // Blanks (and comments) before the name: step over whitespace to its first letter.
    const found = /\s+/y;
    found.lastIndex = cursor;
    const afterBlank = found.exec(source) ? found.lastIndex : cursor;
    name.lastIndex = afterBlank - 1;
    if (!name.exec(source)) {
      cursor = -1;
      return attribute;
    }
    const begin = pointAt(source, point, afterBlank);
    const nameEnd = afterBlank + attribute.name.length;
    const end = pastValue(source, nameEnd);
    point = pointAt(source, begin, end);
    cursor = end;
    return { ...attribute, position: { start: begin, end: point } };
  });
}
