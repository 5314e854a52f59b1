import { describe, expect, it } from 'vitest';
import { renderKeyList, withoutIds } from '../../../src/print/key';
import { choiceItem, numberItem, print, render } from './helpers';

describe('answer key', () => {
  it('numbers the entries in the order given, each linking back to its question', () => {
    const html = renderKeyList([choiceItem('first'), numberItem('second')], render, print.ui);
    expect(html.match(/<a class="mn-key-entry__n" href="#[^"]+"[^>]*>\d+\.<\/a>/g)).toEqual([
      '<a class="mn-key-entry__n" href="#first" aria-label="Question 1">1.</a>',
      '<a class="mn-key-entry__n" href="#second" aria-label="Question 2">2.</a>',
    ]);
  });

  it('puts the hints first, then the right answer with every feedback, then the explanation', () => {
    const html = renderKeyList([choiceItem('q')], render, print.ui);
    const order = ['Hint 1 of 2:', 'First hint', 'Hint 2 of 2:', 'Second hint', 'Incorrect: ', 'Not this.', 'Correct: ', 'Right <em>one</em>', 'Explanation:', 'Because.'];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives a typed question its expected answer, and leaves out what the question lacks', () => {
    const html = renderKeyList([numberItem('n')], render, print.ui);
    expect(html).toContain('Answer: <strong>13 ± 0.5</strong>');
    expect(html).not.toContain('Hint');
    expect(html).not.toContain('Explanation');
  });

  it('copies no id from the question, so the page never holds one twice', () => {
    expect(renderKeyList([choiceItem('q')], render, print.ui)).not.toMatch(/\sid="/);
    expect(withoutIds('<h3 id="why" class="x">Why</h3>')).toBe('<h3 class="x">Why</h3>');
  });

  it('is empty for a lesson without questions', () => {
    expect(renderKeyList([], render, print.ui)).toBe('');
  });
});
