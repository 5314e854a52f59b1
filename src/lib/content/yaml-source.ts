import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../problems';

/** A parsed YAML block that can tell the file line of any key, for author-facing errors. */
export interface YamlSource {
  data: unknown;
  /** Syntax problems, already positioned in the file. */
  problems: Problem[];
  /** 1-based file line and column of a top-level key (of the block start when the key is absent). */
  position(key?: string): { line: number; column: number };
  /** Top-level keys in written order, with their positions. */
  keys(): { key: string; line: number; column: number }[];
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
  const pairs = () =>
    isMap(doc.contents)
      ? doc.contents.items.flatMap((pair) =>
          isScalar(pair.key) ? [{ key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 }] : [],
        )
      : [];
  return {
    data: problems.length ? undefined : doc.toJS(),
    problems,
    position(key) {
      const found = key === undefined ? undefined : pairs().find((p) => p.key === key);
      return found ? at(found.offset) : { line: firstLine, column: 1 };
    },
    keys: () => pairs().map((p) => ({ key: p.key, ...at(p.offset) })),
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
