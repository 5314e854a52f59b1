import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGuide } from '../../../src/lib/content/model';
import { checksByLesson, guideChecks, lessonChecks } from '../../../src/lib/progress/lesson-checks';
import { makeGuide } from '../content/helpers';

const { root, content } = makeGuide({
  'basics/intro.mdx': `---
title: Intro
---

<Question id="first">
Pick one.

<Choice correct>A</Choice>
<Choice>B</Choice>
</Question>

<Question>
A question with a derived id?

<Answer accept={["yes"]} />
</Question>

<Deck>
<Flashcard id="card-one" front="Front">Back</Flashcard>
</Deck>
`,
  'basics/reading.mdx': '---\ntitle: Reading\n---\n\nNo checks here.\n',
  'basics/plain.md': '# Plain\n\n<Question id="not-mdx">\n',
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checksByLesson', () => {
  const guide = loadGuide(content, root);

  it('lists each lesson\'s question and flashcard ids in document order', () => {
    const intro = lessonChecks(guide, content, 'basics/intro');
    expect(intro.questions[0]).toBe('first');
    expect(intro.questions[1]).toMatch(/^a-question-with-a-derived-id-[0-9a-f]{6}$/);
    expect(intro.cards).toEqual(['card-one']);
  });

  it('leaves out lessons without self-checks, and plain Markdown lessons', () => {
    const map = checksByLesson(guide, content);
    expect([...map.keys()]).toEqual(['basics/intro']);
    expect(lessonChecks(guide, content, 'basics/reading')).toEqual({ questions: [], cards: [] });
  });

  it('parses the guide once per guide object', () => {
    expect(checksByLesson(guide, content)).toBe(checksByLesson(guide, content));
  });

  it('totals the whole guide', () => {
    expect(guideChecks(guide, content)).toEqual({ questions: lessonChecks(guide, content, 'basics/intro').questions, cards: ['card-one'] });
  });
});

describe('checksByLesson across fresh reads of the guide (astro dev)', () => {
  it('reuses the parse while no lesson changed, and parses again after an edit', () => {
    const first = checksByLesson(loadGuide(content, root), content);
    expect(checksByLesson(loadGuide(content, root), content)).toBe(first);
    const file = join(content, 'basics', 'reading.mdx');
    writeFileSync(file, '---\ntitle: Reading\n---\n\n<Flashcard id="card-two" front="F">B</Flashcard>\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = checksByLesson(loadGuide(content, root), content);
    expect(after).not.toBe(first);
    expect(after.get('basics/reading')).toEqual({ questions: [], cards: ['card-two'] });
  });
});
