/**
 * Reading the YAML an author writes (frontmatter, `_section.yaml`, `_guide.yaml`) with the
 * place of each key, for errors that name a line. The values come from js-yaml, the parser
 * Astro reads frontmatter with; the lines, and the wording of a syntax error, from `yaml`,
 * whose document keeps every node's place but takes about five times as long to make. So that
 * document is made only when a line is asked for, or when js-yaml cannot read the block: a
 * guide of 1,000 lessons spent 0.2 to 0.5 s of each build making one for every lesson (issue 19).
 * Both read YAML 1.2's core schema (js-yaml's `CORE_SCHEMA`: no dates, no `<<` merges); js-yaml
 * also reads `1_000` and `0b101` as numbers.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
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

/** The values of a YAML block, or undefined if js-yaml cannot read it (`yaml` then says why). */
function quickValues(text: string): { data: unknown } | undefined {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/**
 * Parses YAML that starts at `firstLine` (1-based) of `file`, e.g. frontmatter after its `---`.
 * Never throws: syntax errors come back as problems.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const quick = quickValues(text);
  let placed: { doc: Document; counter: LineCounter } | undefined;
  const document = () => {
    if (placed) return placed;
    const counter = new LineCounter();
    return (placed = { doc: parseDocument(text, { lineCounter: counter, prettyErrors: false }), counter });
  };
  const lastLine = firstLine + Math.max(0, text.replace(/\r?\n$/, '').split('\n').length - 1);
  // An error found at the very end (an unclosed bracket) is reported on the block's last line.
  const at = (offset: number) => {
    const { line, col } = document().counter.linePos(Math.min(offset, Math.max(0, text.length - 1)));
    return { line: Math.min(line + firstLine - 1, lastLine), column: col };
  };
  const problems: Problem[] = quick
    ? []
    : document().doc.errors.map((error) => ({
        file,
        ...at(error.pos[0]),
        message: `This YAML cannot be read: ${error.message.split('\n')[0]}`,
        fix: 'Write one `key: value` per line; quote values that contain a colon followed by a space, or start with a special character such as `{`, `[`, `*`, `&` or `#`.',
      }));
  // Offsets of the keys of the mapping found under `parent` (the top level when undefined).
  const pairs = (parent?: string) => {
    const { doc } = document();
    const map = parent === undefined ? doc.contents : doc.get(parent, true);
    return isMap(map)
      ? map.items.flatMap((pair) => (isScalar(pair.key) ? [{ key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 }] : []))
      : [];
  };
  // Offset of a key (last segment a string) or a list item (a number), following the path.
  const offsetOf = (path: readonly (string | number)[]): number | undefined => {
    const { doc } = document();
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
  // js-yaml could not read it but `yaml` found nothing wrong: the values are `yaml`'s.
  const data = quick ? quick.data : problems.length ? undefined : document().doc.toJS();
  return {
    data,
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
