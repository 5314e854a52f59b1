import { describe, expect, it } from 'vitest';
import { checkLinks, type BuiltSite, type LessonLink } from '../../../src/lib/links';
import { formatProblem } from '../../../src/lib/problems';

const site: BuiltSite = {
  base: '/guide/',
  hasFile: (path) => path === 'favicon.svg',
  pageIds: (path) =>
    ({ '': new Set<string>(), 'releasing/canary/': new Set(['traffic-split', 'canary-share']), 'releasing/blue-green/': new Set<string>() })[path],
  pages: () => ['', 'releasing/canary/', 'releasing/blue-green/'],
};

const link = (url: string): LessonLink => ({ file: 'content/releasing/blue-green.mdx', lesson: 'releasing/blue-green', url, line: 7, column: 3 });

describe('link integrity', () => {
  it('accepts links to lessons, anchors, files and the outside world', () => {
    const ok = ['../canary/', '../canary/#canary-share', '/releasing/canary/#traffic-split', '/favicon.svg', '#', 'https://example.org/x', 'mailto:a@b.c', '../../'];
    expect(checkLinks(ok.map(link), site)).toEqual([]);
  });

  it('names the file and line of a link to a missing lesson, with a suggestion', () => {
    expect(checkLinks([link('../canery/')], site).map(formatProblem)).toEqual([
      'content/releasing/blue-green.mdx:7:3: The link `../canery/` points to /releasing/canery/, which is not a page of this guide.\n    -> Did you mean the lesson at /releasing/canary/? Write its path, relative to this page or from the guide\'s root, e.g. `/releasing/canary/`.',
    ]);
  });

  it('reports a missing anchor with the closest existing one', () => {
    expect(checkLinks([link('../canary/#canary-shares')], site).map((p) => [p.message, p.fix])).toEqual([
      ['The link `../canary/#canary-shares` points to the anchor #canary-shares, which /releasing/canary/ does not have.', 'Did you mean `#canary-share`?'],
    ]);
  });

  it('treats a page path without its trailing slash as the page', () => {
    expect(checkLinks([link('../canary')], site)).toEqual([]);
    expect(checkLinks([link('../nothing')], site)).toHaveLength(1);
  });
});
