import { describe, expect, it } from 'vitest';
import { checkLessonPage } from '../../../src/lib/page-checks';
import { formatProblem } from '../../../src/lib/problems';

const page = (content: string) => `<article><div class="mn-content">${content}</div><nav class="mn-pager"></nav></article>`;

describe('built lesson pages', () => {
  it('passes a page with content and unique ids', () => {
    expect(checkLessonPage({ file: 'content/a.mdx', html: page('<h2 id="x">X</h2><mnemo-question id="y"></mnemo-question>'), checkLines: new Map([['y', 9]]) })).toEqual([]);
  });

  it('fails a lesson that rendered empty or not at all', () => {
    expect(checkLessonPage({ file: 'content/a.mdx', html: page('\n'), checkLines: new Map() }).map((p) => p.message)).toEqual(['This lesson rendered as an empty page.']);
    expect(checkLessonPage({ file: 'content/a.mdx', html: undefined, checkLines: new Map() }).map((p) => p.message)).toEqual(['The build produced no page for this lesson.']);
  });

  it('names a heading and a self-check that share an id, at the self-check', () => {
    const html = page('<h2 id="blast-radius">Blast radius</h2><mnemo-flashcard id="blast-radius"></mnemo-flashcard>');
    expect(checkLessonPage({ file: 'content/a.mdx', html, checkLines: new Map([['blast-radius', 14]]) }).map(formatProblem)).toEqual([
      "content/a.mdx:14:1: 2 elements on this lesson's page have the id `blast-radius` (a heading's anchor and a self-check, or two headings), so `#blast-radius` links are ambiguous.\n    -> Give the self-check another id, e.g. `id=\"blast-radius-check\"`, or rename the heading.",
    ]);
  });
});
