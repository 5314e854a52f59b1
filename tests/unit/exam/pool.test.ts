import { describe, expect, it } from 'vitest';
import { inSection, selectPool, type PoolItem } from '../../../src/exam/pool';

const item = (id: string, section: string, tags: string[] = []): PoolItem => ({ id, lesson: `${section}/l`, section, tags });
const POOL = [item('a', 'basics', ['core']), item('b', 'releasing'), item('c', 'releasing/advanced', ['core']), item('d', 'releasing-notes'), item('e', '')];
const ids = (items: PoolItem[]) => items.map((i) => i.id);

describe('selecting a pool', () => {
  it('takes a section with its sub-sections, but not a section that merely shares its prefix', () => {
    expect(inSection('releasing/advanced', 'releasing')).toBe(true);
    expect(inSection('releasing-notes', 'releasing')).toBe(false);
    expect(ids(selectPool(POOL, { sections: ['releasing'], tags: [] }))).toEqual(['b', 'c']);
  });

  it('joins sections and tags as a union, in guide order', () => {
    expect(ids(selectPool(POOL, { sections: ['releasing-notes'], tags: ['core'] }))).toEqual(['a', 'c', 'd']);
  });

  it('takes the whole guide when nothing is selected, and nothing for a tag nobody uses', () => {
    expect(ids(selectPool(POOL))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(selectPool(POOL, { sections: [], tags: ['nope'] }))).toEqual([]);
  });
});
