import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../problems';

/** A parsed YAML block that can tell the file line of any key, for author-facing errors. */
export interface YamlSource {
  data: unknown;
  /** Syntax problems, already positioned in the file. */
  problems: Problem[];
  /**
   * 1-based file line and column of a top-level key, or of a nested key or list item given as a
   * path (`['exam', 'from', 1]`); of the block start when it is absent.
   */
  position(key?: string | readonly (string | number)[]): { line: number; column: number };
  /** Keys in written order, with their positions: top-level ones, or those of the mapping under `parent`. */
  keys(parent?: string): { key: string; line: number; column: number }[];
}

/**
 * Parses YAML that starts at `firstLine` (1-based) of `file`, e.g. frontmatter after its `---`.
 * Never throws: syntax errors come back as problems.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lastLine = firstLine + Math.max(0, text.replace(/\r?\n$/, '').split('\n').length - 1);
  // An error found at the very end (an unclosed bracket) is reported on the block's last line.
  const at = (offset: number) => {
    const { line, col } = counter.linePos(Math.min(offset, Math.max(0, text.length - 1)));
    return { line: Math.min(line + firstLine - 1, lastLine), column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...at(error.pos[0]),
    message: `This YAML cannot be read: ${error.message.split('\n')[0]}`,
    fix: 'Write one `key: value` per line; quote values that contain a colon followed by a space, or start with a special character such as `{`, `[`, `*`, `&` or `#`.',
  }));
  // Offsets of the keys of the mapping found under `parent` (the top level when undefined).
  const pairs = (parent?: string) => {
    const map = parent === undefined ? doc.contents : doc.get(parent, true);
    return isMap(map)
      ? map.items.flatMap((pair) => (isScalar(pair.key) ? [{ key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 }] : []))
      : [];
  };
  // Offset of a key (last segment a string) or a list item (a number), following the path.
  const offsetOf = (path: readonly (string | number)[]): number | undefined => {
    const last = path.at(-1);
    const parent = path.slice(0, -1);
    if (typeof last === 'string') {
      const node = parent.length ? doc.getIn(parent, true) : doc.contents;
      const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === last) : undefined;
      return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    }
    const seq = doc.getIn(parent, true);
    const item = isSeq(seq) && last !== undefined ? seq.items[last] : undefined;
    return item && typeof item === 'object' && 'range' in item ? (item.range as [number] | undefined)?.[0] : undefined;
  };
  return {
    data: problems.length ? undefined : doc.toJS(),
    problems,
    position(key) {
      const offset = key === undefined ? undefined : offsetOf(typeof key === 'string' ? [key] : key);
      return offset === undefined ? { line: firstLine, column: 1 } : at(offset);
    },
    keys: (parent) => pairs(parent).map((p) => ({ key: p.key, ...at(p.offset) })),
  };
}

/** Describes a value's type the way an author would, e.g. "a list" or "the number 3". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `the ${typeof value} ${String(value)}`;
}
