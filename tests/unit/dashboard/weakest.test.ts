import { describe, expect, it } from 'vitest';
import { MIN_ANSWERS, weakestTopics } from '../../../src/dashboard/weakest';
import { INDEX } from './fixtures';

type Answer = 'right' | 'wrong' | 'revealed';
const results = (questions: Record<string, Answer>, cards: Record<string, 'got' | 'again'> = {}) => ({
  questions: Object.fromEntries(Object.entries(questions).map(([id, result]) => [id, { result }])),
  cards: Object.fromEntries(Object.entries(cards).map(([id, last]) => [id, { last }])),
});
const names = (topics: { kind: string; name: string }[]) => topics.map((t) => `${t.kind}:${t.name}`);

describe('the weakest topics', () => {
  it('need at least three answers to count', () => {
    expect(MIN_ANSWERS).toBe(3);
    expect(weakestTopics(INDEX, results({ 'r-1': 'wrong', 'r-2': 'wrong' }))).toEqual([]);
    // `containers` has the same three answers as `releasing` and comes first in the guide; `traffic` is `releasing` again.
    expect(names(weakestTopics(INDEX, results({ 'r-1': 'wrong', 'r-2': 'wrong', 'r-3': 'right' })))).toEqual(['tag:containers', 'section:releasing']);
  });

  it('rank the lowest share right first, counting shown answers and "again" as not right', () => {
    const topics = weakestTopics(INDEX, results({ 'f-1': 'right', 'f-2': 'revealed', 'f-3': 'right', 'r-1': 'wrong', 'r-2': 'right', 'r-3': 'right' }, { 'c-2': 'again' }));
    expect(topics.map((t) => [t.kind, t.name, t.right, t.answers])).toEqual([
      ['tag', 'containers', 3, 6],
      ['section', 'releasing', 2, 4],
      ['section', 'foundations', 2, 3],
    ]);
    expect(topics[0]!.share).toBe(0.5);
  });

  it('leave out a topic answered all right, and a tag that is the same self-checks as a section', () => {
    const topics = weakestTopics(INDEX, results({ 'r-1': 'wrong', 'r-2': 'wrong', 'r-3': 'wrong', 'f-1': 'right', 'f-2': 'right', 'f-3': 'right' }));
    // `traffic` holds exactly the self-checks of `releasing`; `foundations` is all right.
    expect(names(topics)).toEqual(['section:releasing', 'tag:containers']);
  });

  it('on equal shares put the topic with more answers first', () => {
    const topics = weakestTopics(INDEX, results({ 'r-1': 'wrong', 'r-2': 'wrong', 'r-3': 'right', 'f-1': 'wrong', 'f-2': 'wrong', 'f-3': 'right' }, { 'c-1': 'again', 'c-2': 'again' }));
    expect(topics.map((t) => [t.name, t.right, t.answers])).toEqual([
      ['containers', 1, 7],
      ['foundations', 1, 4],
      ['releasing', 1, 4],
    ]);
  });

  it('link a section to its page, and a tag to its weakest lesson', () => {
    const topics = weakestTopics(INDEX, results({ 'f-1': 'right', 'f-2': 'right', 'r-1': 'wrong', 'r-2': 'wrong', 'r-3': 'right' }));
    expect(topics.find((t) => t.name === 'releasing')?.link).toBe('releasing');
    expect(topics.find((t) => t.name === 'containers')?.link).toBe('releasing/canary');
  });
});
