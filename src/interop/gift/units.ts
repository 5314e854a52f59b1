/**
 * A GIFT block as a list of characters that remember whether they were escaped, so that the
 * block can be cut where Moodle cuts it (qformat_gift replaces `\\`, `\:`, `\#`, `\=`, `\{`,
 * `\}`, `\~` and `\n` with placeholders before it looks for any control character).
 */

/** One character of a block; `escaped` when the author wrote it as `\x`. */
export interface Unit {
  char: string;
  escaped: boolean;
}

/** The characters Moodle lets an author escape (`n` stands for a line break). */
const ESCAPABLE = new Set(['\\', ':', '#', '=', '{', '}', '~', 'n']);

/** The control characters of GIFT, which gift-pegjs only reads as text when escaped. */
const CONTROL = new Set([':', '#', '=', '{', '}', '~']);

/** Reads a block into units, resolving escapes left to right as Moodle's placeholders do. */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const next = text[i + 1];
    if (text[i] === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      units.push({ char: next === 'n' ? '\n' : next, escaped: true });
      i += 1;
    } else {
      units.push({ char: text[i] as string, escaped: false });
    }
  }
  return units;
}

function markAt(units: readonly Unit[], mark: string, at: number): boolean {
  for (let k = 0; k < mark.length; k += 1) {
    const unit = units[at + k];
    if (!unit || unit.escaped || unit.char !== mark[k]) return false;
  }
  return true;
}

/** Index of the first unescaped `mark` at or after `from`, or -1 (PHP strpos). */
export function findMark(units: readonly Unit[], mark: string, from = 0): number {
  for (let at = from; at + mark.length <= units.length; at += 1) if (markAt(units, mark, at)) return at;
  return -1;
}

/** Index of the last unescaped `mark`, or -1 (PHP strrpos). */
export function findLastMark(units: readonly Unit[], mark: string): number {
  for (let at = units.length - mark.length; at >= 0; at -= 1) if (markAt(units, mark, at)) return at;
  return -1;
}

/** Splits at unescaped `mark` into at most `limit` parts (PHP explode). */
export function splitAt(units: readonly Unit[], mark: string, limit = Infinity): Unit[][] {
  const parts: Unit[][] = [];
  let start = 0;
  for (let at = findMark(units, mark); at !== -1 && parts.length < limit - 1; at = findMark(units, mark, start)) {
    parts.push(units.slice(start, at));
    start = at + mark.length;
  }
  parts.push(units.slice(start));
  return parts;
}

/** Without unescaped whitespace at either end (PHP trim; an escaped `\n` is not whitespace). */
export function trimUnits(units: readonly Unit[]): Unit[] {
  const space = (unit: Unit | undefined) => unit !== undefined && !unit.escaped && /\s/.test(unit.char);
  let start = 0;
  let end = units.length;
  while (start < end && space(units[start])) start += 1;
  while (end > start && space(units[end - 1])) end -= 1;
  return units.slice(start, end);
}

/** The text the units stand for. */
export function plain(units: readonly Unit[]): string {
  return units.map((unit) => unit.char).join('');
}

/**
 * GIFT that gift-pegjs reads as exactly these characters: escaped units stay escaped, and
 * control characters that Moodle reads as text here are escaped too. A lone backslash, which
 * Moodle keeps as text, is doubled so that it cannot escape what follows it. Line breaks are
 * written as `\n`, because gift-pegjs turns real ones into spaces where Moodle keeps them.
 */
export function literal(units: readonly Unit[]): string {
  return units
    .map(({ char, escaped }) => {
      if (char === '\n') return '\\n';
      if (char === '\\') return '\\\\';
      return escaped || CONTROL.has(char) ? `\\${char}` : char;
    })
    .join('');
}

/** The units as written, for the parts gift-pegjs must read as syntax (`1822:2`, `%50%`). */
export function verbatim(units: readonly Unit[]): string {
  return units.map(({ char, escaped }) => (escaped ? literal([{ char, escaped }]) : char)).join('');
}
