import { describe, expect, it } from 'vitest';
import { anchorKind, excerpt, pageHits, type PageData } from '../../../src/scripts/search/hits';

/** A page as Pagefind's `result.data()` returns it: words, matching locations, anchors. */
function page(content: string, matches: string[], anchors: PageData['anchors']): PageData {
  const words = content.split(/\s+/);
  const locations = words.flatMap((w, i) => (matches.some((m) => w.toLowerCase().startsWith(m)) ? [i] : []));
  return { url: '/guide/lesson/', content, locations, anchors, meta: { title: 'The lesson' } };
}

const text = [
  'The lesson. Opening words about drift.', // 0-5
  'Heading one. Body text about servers.', // 6-11
  'Which server drifts most? A. The snowflake. B. The cattle.', // 12-21
  'Front of card about drift.', // 22-26
].join(' ');
const anchors = [
  { element: 'h2', id: 'heading-one', text: 'Heading one', location: 6 },
  { element: 'div', id: 'q-stem', location: 12 },
  { element: 'mnemo-question', id: 'which-server', location: 12 },
  { element: 'mnemo-flashcard', id: 'card', location: 22 },
];

describe('search hits', () => {
  it('starts parts at headings with text, questions and flashcards, not at other ids', () => {
    expect(anchorKind({ element: 'h3', id: 'a', text: 'Title', location: 0 })).toBe('heading');
    expect(anchorKind({ element: 'h3', id: 'a', text: ' ', location: 0 })).toBeUndefined();
    expect(anchorKind({ element: 'MNEMO-QUESTION', id: 'q', location: 0 })).toBe('question');
    expect(anchorKind({ element: 'mnemo-flashcard', id: 'f', location: 0 })).toBe('flashcard');
    expect(anchorKind({ element: 'mnemo-deck', id: 'd', location: 0 })).toBeUndefined();
    expect(anchorKind({ element: 'div', id: 'x', location: 0 })).toBeUndefined();
  });

  it('lists each matching part with its anchor, kind and a title', () => {
    const { lesson, parts } = pageHits(page(text, ['drift'], anchors));
    expect(lesson).toMatchObject({ kind: 'lesson', title: 'The lesson', url: '/guide/lesson/', matches: 3 });
    expect(parts.map((p) => [p.kind, p.url, p.title])).toEqual([
      ['question', '/guide/lesson/#which-server', 'Which server drifts most?'],
      ['flashcard', '/guide/lesson/#card', 'Front of card about drift.'],
    ]);
  });

  it('uses the heading text as the title of a heading part', () => {
    const { parts } = pageHits(page(text, ['servers'], anchors));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ kind: 'heading', title: 'Heading one', id: 'heading-one' });
  });

  it('keeps the parts with most matches, in page order', () => {
    const many = page(text, ['drift', 'snowflake', 'cattle', 'card'], anchors);
    const { parts } = pageHits(many, 1);
    expect(parts.map((p) => p.id)).toEqual(['which-server']);
  });

  it('marks matching words in excerpts and elides around them', () => {
    const words = 'one two three four five six seven eight'.split(' ');
    expect(excerpt(words, [5], 0, words.length, 3)).toEqual([
      { text: '… five', mark: false },
      { text: ' six', mark: true },
      { text: ' seven', mark: false },
      { text: ' …', mark: false },
    ]);
    expect(excerpt(words, [0], 0, 2)).toEqual([
      { text: 'one', mark: true },
      { text: ' two', mark: false },
    ]);
  });

  it('keeps text as text: markup-like words are not interpreted', () => {
    const { lesson } = pageHits(page('Use <script>alert(1)</script> with care', ['care'], []));
    expect(lesson.excerpt.map((p) => p.text).join('')).toContain('<script>alert(1)</script>');
  });
});

describe('the lesson line of a result', () => {
  it('shows no excerpt when every match is in a listed part', () => {
    const { lesson, parts } = pageHits(page(text, ['snowflake'], anchors));
    expect(parts).toHaveLength(1);
    expect(lesson.excerpt).toEqual([]);
  });

  it('shows the matches above the first part', () => {
    const { lesson } = pageHits(page(text, ['opening', 'snowflake'], anchors));
    expect(lesson.excerpt.filter((p) => p.mark).map((p) => p.text.trim())).toEqual(['Opening']);
  });
});

describe('excerpts never repeat the title above them', () => {
  it('start a question’s excerpt after its stem’s first sentence, and show none when the stem holds every match', () => {
    const onlyStem = pageHits(page(text, ['drift'], anchors)).parts.find((p) => p.kind === 'question')!;
    expect(onlyStem.title).toBe('Which server drifts most?');
    expect(onlyStem.excerpt).toEqual([]);
    const inChoices = pageHits(page(text, ['snowflake'], anchors)).parts[0]!;
    const shown = inChoices.excerpt.map((p) => p.text).join('');
    expect(shown.startsWith('A. The')).toBe(true);
    expect(shown).not.toContain('Which server');
  });

  it('start a heading’s excerpt after the heading', () => {
    const [heading] = pageHits(page(text, ['servers'], anchors)).parts;
    expect(heading!.excerpt.map((p) => p.text).join('')).toBe('Body text about servers.');
  });

  it('end a stem’s title at its first full sentence, not at a colon', () => {
    const stem = 'Deployment has 10 replicas and maxSurge: 25%. What is the largest number of pods?';
    const [question] = pageHits(page(`The lesson. ${stem}`, ['maxsurge'], [{ element: 'mnemo-question', id: 'q', location: 2 }])).parts;
    expect(question!.title).toBe('Deployment has 10 replicas and maxSurge: 25%.');
  });

  it('leave the lesson’s own title out of its excerpt', () => {
    const { lesson } = pageHits(page('The lesson. Opening words about lessons.', ['lesson'], []));
    expect(lesson.excerpt.map((p) => p.text).join('')).toBe('Opening words about lessons.');
  });
});

describe('titles', () => {
  it('mark the words that matched, since a title may hold the only match', () => {
    const question = pageHits(page(text, ['drift'], anchors)).parts.find((p) => p.kind === 'question')!;
    expect(question.titleParts).toEqual([
      { text: 'Which server', mark: false },
      { text: ' drifts', mark: true },
      { text: ' most?', mark: false },
    ]);
    expect(pageHits(page(text, ['lesson'], anchors)).lesson.titleParts).toEqual([
      { text: 'The', mark: false },
      { text: ' lesson', mark: true },
    ]);
  });
});
