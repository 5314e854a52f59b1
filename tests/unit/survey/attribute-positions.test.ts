import { describe, expect, it } from 'vitest';
import { placeAttributes } from '../../../src/lib/survey/attribute-positions';

const at = (source: string, names: string[]) =>
  placeAttributes(names.map((name) => ({ type: 'mdxJsxAttribute', name })), source, { line: 3, column: 1, offset: 0 }).map((a) => (a.position ? `${a.position.start.line}:${a.position.start.column}` : 'none'));

describe('attribute positions Sätteri leaves out', () => {
  it('finds each attribute after the tag name, past the values before it', () => {
    expect(at('<Question id="q" shuffle>', ['id', 'shuffle'])).toEqual(['3:11', '3:18']);
    expect(at('<Choice feedback="the id is wrong" id="c">', ['feedback', 'id'])).toEqual(['3:9', '3:36']);
    expect(at('<Answer accept={["a}", "b"]}\n  number={-1} />', ['accept', 'number'])).toEqual(['3:9', '4:3']);
  });

  it('leaves an attribute it cannot find, and those after it, without a position', () => {
    expect(at('<Question {...props} id="q">', ['id'])).toEqual(['none']);
  });
});
