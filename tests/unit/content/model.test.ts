import { describe, expect, it } from 'vitest';
import { loadGuide, sectionLineage, sectionTrail, type Guide, type Section } from '../../../src/lib/content/model';
import { buildNav } from '../../../src/lib/nav';
import { formatProblem } from '../../../src/lib/problems';
import { makeGuide } from './helpers';

const lesson = (front: string, body = '## Body\n') => `---\n${front}\n---\n\n${body}`;

describe('content model', () => {
  it('orders lessons and sections by `order`, then by name, into one reading order', () => {
    const { root, content } = makeGuide({
      'b-section/_section.yaml': 'title: Second section\norder: 2\n',
      'b-section/zeta.mdx': lesson('title: Zeta'),
      'b-section/alpha.mdx': lesson('title: Alpha'),
      'a-section/_section.yaml': 'title: First section\norder: 1\n',
      'a-section/two.mdx': lesson('title: Two\norder: 2'),
      'a-section/one.mdx': lesson('title: One\norder: 1'),
      'a-section/lesson10.mdx': lesson('title: Ten'),
      'a-section/lesson9.mdx': lesson('title: Nine'),
      'intro.mdx': lesson('title: Intro\norder: 0'),
    });
    const guide = loadGuide(content, root);
    expect(guide.problems).toEqual([]);
    expect(guide.lessons.map((l) => l.title)).toEqual(['Intro', 'One', 'Two', 'Nine', 'Ten', 'Alpha', 'Zeta']);
    expect(guide.lessons.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(guide.root.children.map((c) => c.title)).toEqual(['Intro', 'First section', 'Second section']);
    expect(guide.lessons[1]!.slug).toBe('a-section/one');
    expect(guide.lessons[1]!.section).toBe('a-section');
  });

  it('titles a section from its folder name without a _section.yaml', () => {
    const { root, content } = makeGuide({ '02-deployment_strategies/canary.mdx': lesson('title: Canary') });
    const guide = loadGuide(content, root);
    expect(guide.root.children[0]!.title).toBe('Deployment strategies');
    expect(guide.lessons[0]!.slug).toBe('02-deployment-strategies/canary');
  });

  it('nests sections and reports their trail', () => {
    const { root, content } = makeGuide({ 'a/b/c.mdx': lesson('title: C') });
    const guide = loadGuide(content, root);
    expect(sectionTrail(guide, 'a/b').map((s) => s.slug)).toEqual(['a', 'a/b']);
    expect(guide.sections.get('a')!.lessonCount).toBe(1);
  });

  it('takes the title from the first level-1 heading, skipping code fences', () => {
    const { root, content } = makeGuide({
      'x.mdx': '---\norder: 1\n---\n\n```md\n# Not this\n```\n\n# The *real* title\n\nText\n',
      'y.md': 'Setext title\n============\n\nBody\n',
    });
    const guide = loadGuide(content, root);
    expect(guide.problems).toEqual([]);
    expect(guide.lessons.map((l) => [l.title, l.titleFromHeading])).toEqual([
      ['The real title', true],
      ['Setext title', true],
    ]);
  });

  it('fails a lesson with neither a title nor a heading', () => {
    const { root, content } = makeGuide({ 'untitled.mdx': '---\norder: 1\n---\n\nJust text.\n' });
    const problems = loadGuide(content, root).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/untitled.mdx:1:1: This lesson has no title.\n    -> Add `title: Your title` to the frontmatter, or start the lesson with a `# Your title` heading.',
    ]);
  });

  it('leaves drafts out', () => {
    const { root, content } = makeGuide({ 'a.mdx': lesson('title: A'), 'b.mdx': lesson('title: B\ndraft: true') });
    expect(loadGuide(content, root).lessons.map((l) => l.title)).toEqual(['A']);
  });

  it('fails on a typo of a known key, with a suggestion, and warns about other keys', () => {
    const { root, content } = makeGuide({ 'a.mdx': lesson('titel: Oops\nauthor: Someone\nordr: 3') });
    const guide = loadGuide(content, root);
    expect(guide.problems.map(formatProblem)).toEqual([
      'content/a.mdx:2:1: Unknown frontmatter key `titel`.\n    -> Did you mean `title`? Write `title:` instead of `titel:`.',
      'content/a.mdx:4:1: Unknown frontmatter key `ordr`.\n    -> Did you mean `order`? Write `order:` instead of `ordr:`.',
    ]);
    expect(guide.warnings.map(formatProblem)).toEqual([
      'content/a.mdx:3:1: Frontmatter key `author` is not used by Mnemo and is ignored.\n    -> Known keys: title, description, order, tags, draft, exam.',
    ]);
  });

  it('reports wrong types and broken YAML with their lines', () => {
    const { root, content } = makeGuide({
      'a.mdx': lesson('title: A\norder: first\ntags: deploy'),
      'b.mdx': lesson('title: [unclosed'),
    });
    const problems = loadGuide(content, root).problems.map(formatProblem);
    expect(problems[0]).toBe('content/a.mdx:3:1: `order` must be a number, not the text "first".\n    -> Write e.g. `order: 2`.');
    expect(problems[1]).toBe('content/a.mdx:4:1: `tags` must be a list of texts, not the text "deploy".\n    -> Write e.g. `tags: [deployment, safety]`.');
    expect(problems[2]).toMatch(/^content\/b\.mdx:2:\d+: This YAML cannot be read/);
  });

  it('rejects a bad _section.yaml with a suggestion', () => {
    const { root, content } = makeGuide({ 's/_section.yaml': 'title: S\nodrer: 2\n', 's/a.mdx': lesson('title: A') });
    expect(loadGuide(content, root).problems.map(formatProblem)).toEqual([
      'content/s/_section.yaml:2:1: Unknown section key `odrer`.\n    -> Did you mean `order`? Write `order:` instead of `odrer:`.',
    ]);
  });

  it('reports two files that would publish at the same address', () => {
    const { root, content } = makeGuide({ 'a b.mdx': lesson('title: One'), 'a-b.md': lesson('title: Two') });
    const problems = loadGuide(content, root).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/This lesson would be published at \/a-b\/, which a(-| )b\.mdx? already uses\./);
  });

  it('publishes folders and lessons named in any script under their own address', () => {
    const { root, content } = makeGuide({
      'учения/_section.yaml': 'title: Учения\n',
      'учения/Урок 1.mdx': lesson('title: Урок 1'),
      '基础/第一课.mdx': lesson('title: 第一课'),
      '🚀.mdx': lesson('title: Rocket'),
    });
    const guide = loadGuide(content, root);
    expect(guide.problems).toEqual([]);
    expect(guide.lessons.map((l) => [l.slug, l.section])).toEqual([
      [expect.stringMatching(/^[0-9a-f]{8}$/), ''],
      ['учения/урок-1', 'учения'],
      ['基础/第一课', '基础'],
    ]);
    expect([...guide.sections.keys()].sort()).toEqual(['', 'учения', '基础']);
    expect(guide.sections.get('')).toBe(guide.root);
    expect(sectionTrail(guide, 'учения').map((s) => s.title)).toEqual(['Учения']);
    expect(buildNav(guide).map((item) => item.slug)).toHaveLength(3);
  });

  it('reports two lessons in Cyrillic that differ only in case, naming both files', () => {
    const { root, content } = makeGuide({ 'Урок.mdx': lesson('title: One'), 'урок.md': lesson('title: Two') });
    const problems = loadGuide(content, root).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/This lesson would be published at \/урок\/, which (Урок\.mdx|урок\.md) already uses\./);
    expect(problems[0]).toMatch(/^content\/(Урок\.mdx|урок\.md):/);
  });

  it('walks up a malformed tree (a section that is its own parent) without looping', () => {
    const loop: Section = { kind: 'section', slug: 'a', title: 'A', parent: 'a', children: [], lessonCount: 0 };
    const guide = { sections: new Map([['a', loop]]) } as Guide;
    expect(sectionLineage(guide, 'a')).toEqual([loop]);
    expect(sectionTrail(guide, 'a')).toEqual([loop]);
  });

  it('asks for a lesson when there is none', () => {
    const { root, content } = makeGuide({});
    expect(loadGuide(content, root).problems.map((p) => p.message)).toEqual(['The guide has no lessons.']);
  });
});

describe('addresses the generator keeps for itself', () => {
  it.each([
    ['review.mdx', 'lesson', 'review'],
    ['practice/drill.mdx', 'folder', 'practice'],
    ['Progress.md', 'lesson', 'progress'],
    ['print/sheet.mdx', 'folder', 'print'],
    ['pagefind.mdx', 'lesson', 'pagefind'],
  ])('stops a guide whose %s would replace them', (path, what, address) => {
    const { root, content } = makeGuide({ [path]: lesson('title: X'), 'ok.mdx': lesson('title: Fine') });
    const problems = loadGuide(content, root).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`This ${what} would be published at /${address}/, which Mnemo keeps for its own`);
    expect(problems[0]).toContain('-> Rename the');
  });

  it('lets the same names live deeper in the guide', () => {
    const { root, content } = makeGuide({ 'exam-prep/review.mdx': lesson('title: Review'), 'exam-prep/print/x.mdx': lesson('title: X') });
    expect(loadGuide(content, root).problems).toEqual([]);
  });
});
