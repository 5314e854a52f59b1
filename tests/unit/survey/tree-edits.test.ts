import { describe, expect, it } from 'vitest';
import { hasNothingToSurvey, plainTree, sendChanges } from '../../../src/lib/survey/tree-edits';

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

/** A node of `type` at `offset`..`end` of a one-line source, with children. */
const at = (type: string, start: number, end: number, extra: Record<string, unknown> = {}) => ({
  type,
  position: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
  ...extra,
});

describe('sendChanges', () => {
  // <Q>Stem *a*</Q><C>Yes</C>, as a parser would give it (offsets into SOURCE).
  const SOURCE = '<Q>Stem *a*</Q><C>Yes</C>';
  const tree = () => {
    const stem = at('paragraph', 3, 11, { children: [at('text', 3, 8, { value: 'Stem ' }), at('emphasis', 8, 11, { children: [at('text', 9, 10, { value: 'a' })] })] });
    const question = at('mdxJsxFlowElement', 0, 15, { name: 'Q', attributes: [], children: [stem] });
    const yes = at('paragraph', 18, 21, { children: [at('text', 18, 21, { value: 'Yes' })] });
    const choice = at('mdxJsxFlowElement', 15, 25, { name: 'C', attributes: [], children: [yes] });
    return { root: { type: 'root', children: [question, choice] }, question, stem, choice, yes };
  };
  const editor = () => {
    const calls: { method: string; node: unknown; content?: unknown }[] = [];
    const record = (method: string) => (node: unknown, content?: unknown) => void calls.push({ method, node, content });
    return { calls, replaceNode: record('replaceNode'), removeNode: record('removeNode'), insertBefore: record('insertBefore'), appendChild: record('appendChild') };
  };

  it('sends a node that is as it was copied, content and all, as the original node (which Sätteri moves, not rebuilds)', () => {
    const { root, question, stem, choice } = tree();
    const copy = plainTree(root as never, SOURCE);
    const [q, c] = copy.tree.children as unknown as { attributes: unknown[]; children: unknown[] }[];
    // The rewrite: new props on the question, the choice moved into a new wrapper inside it.
    q!.attributes = [{ type: 'mdxJsxAttribute', name: 'spec', value: '{}' }];
    q!.children = [q!.children[0], { type: 'mdxJsxFlowElement', name: 'Part', attributes: [], children: [c] }];
    copy.tree.children.splice(1, 1);
    const edits = editor();
    sendChanges(edits as never, copy);
    const replaced = edits.calls.find((call) => call.method === 'replaceNode' && call.node === question)!;
    const sent = replaced.content as { children: { children?: unknown[] }[] };
    expect(sent.children[0]).toBe(stem);
    expect(sent.children[1]!.children![0]).toBe(choice);
    // Gone from where it was (an empty replacement drops a node in Sätteri).
    expect(edits.calls.filter((call) => call.node === choice)).toEqual([{ method: 'replaceNode', node: choice, content: [] }]);
  });

  it('sends a changed node as plain content, its unchanged children as their originals', () => {
    const { root, stem } = tree();
    const copy = plainTree(root as never, SOURCE);
    const text = (copy.tree.children[0] as unknown as { children: { children: { value: string }[] }[] }).children[0]!.children[0]!;
    text.value = 'Changed ';
    const q = copy.tree.children[0] as unknown as { attributes: unknown[] };
    q.attributes = [];
    const edits = editor();
    sendChanges(edits as never, copy);
    const sent = edits.calls[0]!.content as { children: { children: unknown[] }[] };
    expect(sent.children[0]).not.toBe(stem);
    expect(sent.children[0]!.children[0]).toEqual({ type: 'text', value: 'Changed ' });
    expect(sent.children[0]!.children[1]).toBe((stem as unknown as { children: unknown[] }).children[1]);
  });
});
