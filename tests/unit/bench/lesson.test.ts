import { describe, expect, it } from 'vitest';
import { lessonSource, lessonSpec } from '../../../scripts/bench/lesson';

const COMPONENTS = /<\/?(Question|Choice|Answer|Hint|Explanation|Flashcard|Deck)\b/;
/** The words of a source, without tags and attributes, for comparing dialects. */
const words = (mdx: string) => new Set(mdx.replace(/<[^>]*>/g, ' ').match(/[A-Za-z]{4,}/g));

describe('generated lessons', () => {
  it('are the same on every run for the same seed', () => {
    expect(lessonSource(lessonSpec(42, 42, 1), 'mnemo')).toBe(lessonSource(lessonSpec(42, 42, 1), 'mnemo'));
    expect(lessonSource(lessonSpec(42, 42, 1), 'mnemo')).not.toBe(lessonSource(lessonSpec(43, 43, 1), 'mnemo'));
  });

  it("use Mnemo's authoring syntax: five questions and a deck of flashcards", () => {
    const mdx = lessonSource(lessonSpec(7, 7, 1), 'mnemo');
    expect(mdx.match(/<Question id="b0007-q\d"/g)).toHaveLength(5);
    expect(mdx).toMatch(/<Deck title="[^"]+">\n<Flashcard id="b0007-c1" front="[^"]+">/);
    for (const tag of ['<Choice', '<Answer', '<Hint>', '<Explanation>']) expect(mdx).toContain(tag);
  });

  it('give the floor the same lesson with plain-HTML self-checks and no Mnemo component', () => {
    const spec = lessonSpec(7, 7, 1);
    const floor = lessonSource(spec, 'floor');
    expect(floor).not.toMatch(COMPONENTS);
    expect(floor.match(/<div class="question" id="b0007-q\d">/g)).toHaveLength(5);
    // Every word of Mnemo's lesson is in the floor's (the floor adds a few labels of its own).
    const missing = [...words(lessonSource(spec, 'mnemo'))].filter((w) => !words(floor).has(w));
    expect(missing).toEqual([]);
  });
});
