import { describe, expect, it } from 'vitest';
import { loadGuide } from '../../../src/lib/content/model';
import { buildNav, NAV_WINDOW, neighbours, type NavItem } from '../../../src/lib/nav';
import { makeGuide } from './helpers';

/** A generated guide: `sections` folders of `perSection` lessons each. */
function generated(sections: number, perSection: number) {
  const files: Record<string, string> = {};
  for (let s = 0; s < sections; s++) {
    for (let l = 0; l < perSection; l++) {
      files[`s${s}/l${l}.mdx`] = `---\ntitle: Lesson ${s}.${l}\norder: ${l}\n---\n\nText.\n`;
    }
  }
  const { root, content } = makeGuide(files);
  return loadGuide(content, root);
}

const count = (items: NavItem[]): number => items.reduce((n, item) => n + 1 + (item.kind === 'section' ? count(item.items) : 0), 0);

describe('sidebar navigation', () => {
  it('opens the current section and marks the current lesson', () => {
    const guide = generated(3, 3);
    const nav = buildNav(guide, 's1/l1');
    expect(nav.map((i) => (i.kind === 'section' ? [i.slug, i.open] : i.kind))).toEqual([
      ['s0', false],
      ['s1', true],
      ['s2', false],
    ]);
    const open = nav[1] as Extract<NavItem, { kind: 'section' }>;
    expect(open.items.map((i) => (i.kind === 'lesson' ? [i.slug, i.current] : i.kind))).toEqual([
      ['s1/l0', false],
      ['s1/l1', true],
      ['s1/l2', false],
    ]);
  });

  it('stays the same size whatever the size of the guide', () => {
    const small = generated(4, 25);
    const large = generated(4, 250);
    const sizes = [small, large].map((guide) => count(buildNav(guide, guide.lessons[Math.floor(guide.lessons.length / 2)]!.slug)));
    expect(sizes[0]).toBe(sizes[1]);
    expect(sizes[1]).toBeLessThanOrEqual(4 + NAV_WINDOW * 2 + 1 + 2);
  });

  it('links to the rest of a long section before and after the window', () => {
    const guide = generated(1, 40);
    const open = buildNav(guide, 's0/l20')[0] as Extract<NavItem, { kind: 'section' }>;
    expect(open.items[0]).toEqual({ kind: 'more', slug: 's0', hidden: 20 - NAV_WINDOW, where: 'before' });
    expect(open.items.at(-1)).toEqual({ kind: 'more', slug: 's0', hidden: 40 - 21 - NAV_WINDOW, where: 'after' });
    expect(open.items.filter((i) => i.kind === 'lesson')).toHaveLength(NAV_WINDOW * 2 + 1);
    const first = buildNav(guide, 's0/l0')[0] as Extract<NavItem, { kind: 'section' }>;
    expect(first.items[0]).toMatchObject({ kind: 'lesson', slug: 's0/l0', current: true });
  });

  it('centres a long section on the open sub-section that leads to the current page, or on the section page itself', () => {
    const files: Record<string, string> = { 'a/_section.yaml': 'title: A\n', 'a/deep/_section.yaml': 'title: Deep\norder: 20\n', 'a/deep/inner.mdx': '---\ntitle: Inner\n---\n\nText.\n' };
    for (let l = 0; l < 40; l++) files[`a/l${l}.mdx`] = `---\ntitle: Lesson ${l}\norder: ${l}\n---\n\nText.\n`;
    const { root, content } = makeGuide(files);
    const guide = loadGuide(content, root);
    const deep = guide.sections.get('a')!.children.findIndex((child) => child.slug === 'a/deep');
    for (const current of ['a/deep/inner', 'a/deep']) {
      const open = buildNav(guide, current)[0] as Extract<NavItem, { kind: 'section' }>;
      expect(open.items[0], current).toEqual({ kind: 'more', slug: 'a', hidden: deep - NAV_WINDOW, where: 'before' });
      const section = open.items[NAV_WINDOW + 1] as Extract<NavItem, { kind: 'section' }>;
      expect([section.slug, section.open, section.current], current).toEqual(['a/deep', true, current === 'a/deep']);
    }
    // The section page of `a` itself: its window starts at its first child.
    const top = buildNav(guide, 'a')[0] as Extract<NavItem, { kind: 'section' }>;
    expect(top.items[0]).toMatchObject({ kind: 'lesson', slug: 'a/l0' });
  });

  it('links previous and next across sections in reading order', () => {
    const guide = generated(2, 2);
    const { prev, next } = neighbours(guide, guide.lessons[1]!);
    expect([prev?.slug, next?.slug]).toEqual(['s0/l0', 's1/l0']);
    expect(neighbours(guide, guide.lessons[0]!).prev).toBeUndefined();
  });
});
