import { describe, expect, it } from 'vitest';
import { checkLinks, type LessonLink, type SiteMap } from '../../../src/lib/links';
import { formatProblem } from '../../../src/lib/problems';

const site: SiteMap = {
  base: '/guide/',
  hasFile: (path) => ['favicon.svg', 'images/flow.svg'].includes(path),
  pageIds: (path) =>
    (({ '': 'unchecked', 'releasing/': 'unchecked', 'releasing/canary/': new Set(['traffic-split', 'canary-share']), 'releasing/blue-green/': new Set<string>() }) as Record<string, Set<string> | 'unchecked'>)[path],
  pages: () => ['', 'releasing/', 'releasing/canary/', 'releasing/blue-green/'],
  files: () => ['favicon.svg', 'images/flow.svg'],
  lessonAddress: (file) => ({ 'releasing/canary.mdx': 'releasing/canary/' })[file],
  inGuide: (file) => ['releasing/canary.mdx', 'releasing/notes.pdf'].includes(file),
};

const link = (url: string): LessonLink => ({ file: 'content/releasing/blue-green.mdx', lesson: 'releasing/blue-green', url, line: 7, column: 3 });
const check = (urls: string[]) => checkLinks(urls.map(link), site, () => 'releasing/');

describe('link integrity', () => {
  it('accepts links to lessons, anchors, files and the outside world', () => {
    const ok = ['../canary/', '../canary/#canary-share', '/releasing/canary/#traffic-split', '/favicon.svg', '/images/flow.svg', '#', 'https://example.org/x', 'mailto:a@b.c', '../../'];
    expect(check(ok)).toEqual([]);
  });

  it('accepts any anchor of a page Mnemo makes, whose ids are known only once it renders', () => {
    expect(check(['/#main', '/releasing/#anything'])).toEqual([]);
  });

  it('names the file and line of a link to a missing lesson, with a suggestion', () => {
    expect(check(['../canery/']).map(formatProblem)).toEqual([
      'content/releasing/blue-green.mdx:7:3: The link `../canery/` points to /releasing/canery/, which is not a page of this guide.\n    -> Did you mean the lesson at /releasing/canary/? Write its path, relative to this page or from the guide\'s root, e.g. `/releasing/canary/`.',
    ]);
  });

  it('reports a missing anchor with the closest existing one', () => {
    expect(check(['../canary/#canary-shares']).map((p) => [p.message, p.fix])).toEqual([
      ['The link `../canary/#canary-shares` points to the anchor #canary-shares, which /releasing/canary/ does not have.', 'Did you mean `#canary-share`?'],
    ]);
  });

  it('treats a page path without its trailing slash as the page', () => {
    expect(check(['../canary'])).toEqual([]);
    expect(check(['../nothing'])).toHaveLength(1);
  });

  it("tells an author who links a lesson's file to link its address", () => {
    expect(check(['./canary.mdx']).map((p) => p.fix)).toEqual(["Link the lesson's address, not its file: write `/releasing/canary/`."]);
  });

  it('tells an author who links a file beside the lessons that only `public/` is published', () => {
    expect(check(['./notes.pdf']).map((p) => [p.message, p.fix])).toEqual([
      [
        'The link `./notes.pdf` points to /releasing/blue-green/notes.pdf, which is not a file of this guide.',
        "`releasing/notes.pdf` is in the guide's folder, but only files in `public/` are published: move it to `public/notes.pdf` and link `/notes.pdf`; for an image, write `![description](./notes.pdf)` instead.",
      ],
    ]);
  });

  it('suggests the closest file for a misspelt file link', () => {
    expect(check(['/images/flwo.svg']).map((p) => [p.message, p.fix])).toEqual([
      ['The link `/images/flwo.svg` points to /images/flwo.svg, which is not a file of this guide.', "Did you mean /images/flow.svg? Write its path, relative to this page or from the guide's root, e.g. `/images/flow.svg`."],
    ]);
  });
});
