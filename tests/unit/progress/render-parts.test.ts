import { describe, expect, it } from 'vitest';
import { CHOICE_TYPE, QUESTION_ID, fillPlaceholders, isTrue, partEnd, partStart, ref, takeParts, unwrapParagraph } from '../../../src/components/checks/render';

describe('fillPlaceholders', () => {
  it('puts the question id and input type into attribute values', () => {
    const html = `<div id="${ref('stem')}"></div><input type="${CHOICE_TYPE}" name="${QUESTION_ID}"><x aria-labelledby="${ref('stem')} ${ref('label')}">`;
    expect(fillPlaceholders(html, 'q-1', 'checkbox')).toBe(
      '<div id="q-1-stem"></div><input type="checkbox" name="q-1"><x aria-labelledby="q-1-stem q-1-label">',
    );
  });

  it('leaves lesson text alone, even text that spells a placeholder', () => {
    const text = `<p>About ${QUESTION_ID} and ${CHOICE_TYPE}: a &quot;quoted&quot; word</p>`;
    expect(fillPlaceholders(text, 'q-1', 'radio')).toBe(text);
  });
});

describe('takeParts', () => {
  it('takes marked parts out by name and keeps the rest in order', () => {
    const html = `<p>stem</p>${partStart('explanation')}<div>why</div>${partEnd('explanation')}<ul>choices</ul>${partStart('key')}<ul>key</ul>${partEnd('key')}`;
    expect(takeParts(html)).toEqual({ rest: '<p>stem</p><ul>choices</ul>', parts: { explanation: '<div>why</div>', key: '<ul>key</ul>' } });
  });

  it('joins parts of one name in document order, e.g. each choice\'s line of the key', () => {
    const line = (text: string) => `<div>${text}</div>${partStart('key-choice')}<li>${text}</li>${partEnd('key-choice')}`;
    expect(takeParts(line('A') + line('B'))).toEqual({ rest: '<div>A</div><div>B</div>', parts: { 'key-choice': '<li>A</li><li>B</li>' } });
  });

  it('returns no parts when there are none', () => {
    expect(takeParts('<p>x</p>')).toEqual({ rest: '<p>x</p>', parts: {} });
  });
});

describe('render helpers', () => {
  it('read render-contract booleans', () => {
    expect([true, 'true', '', false, 'false', undefined].map(isTrue)).toEqual([true, true, true, false, false, false]);
  });

  it('unwrap a single paragraph, and only a single one', () => {
    expect(unwrapParagraph('<p>Yes <code>x</code></p>\n')).toBe('Yes <code>x</code>');
    expect(unwrapParagraph('<p>a</p><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(unwrapParagraph('plain')).toBe('plain');
  });
});
