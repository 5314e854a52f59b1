import { describe, expect, it } from 'vitest';
import { hasNothingToSurvey } from '../../../src/lib/survey/tree-edits';

/** A top-level node of `type` over the whole of `source`. */
const block = (type: string, source: string) => ({ type, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: source.length + 1, offset: source.length } } });

describe('hasNothingToSurvey', () => {
  it('skips prose blocks with nothing the survey reads', () => {
    for (const type of ['paragraph', 'heading', 'list', 'blockquote', 'table']) expect(hasNothingToSurvey(block(type, 'Plain *text* with `code`.'), 'Plain *text* with `code`.')).toBe(true);
  });

  it('reads blocks that may hold a tag, link, expression, dash pair or literal autolink', () => {
    for (const source of ['a <b>', 'a [link](x)', '![i](x.png)', 'a {1}', 'a -- b', 'mail me@example.com', 'see https://x.org', 'see WWW.example.com']) {
      expect(hasNothingToSurvey(block('paragraph', source), source), source).toBe(false);
    }
  });

  it('reads every other kind of block, and blocks without offsets', () => {
    expect(hasNothingToSurvey(block('mdxJsxFlowElement', 'Plain'), 'Plain')).toBe(false);
    expect(hasNothingToSurvey(block('html', 'Plain'), 'Plain')).toBe(false);
    expect(hasNothingToSurvey({ type: 'paragraph' }, 'Plain')).toBe(false);
  });
});
