import { describe, expect, it } from 'vitest';
import { choiceIndexAttributes, indexText } from '../../../src/lib/search/index-text';

describe('choice text for the search index', () => {
  it('turns inline HTML into the text a reader sees', () => {
    expect(indexText('Use <code>&lt;kbd&gt;</code> &amp; <em>more</em>')).toBe('Use <kbd> & more');
    expect(indexText('caf&#233; &#x2014;\n  done')).toBe('café — done');
    expect(indexText('&unknown; stays')).toBe('&unknown; stays');
  });

  it('asks Pagefind to index the attribute that holds the text', () => {
    expect(choiceIndexAttributes('<strong>Replace</strong> it')).toEqual({
      'data-pagefind-index-attrs': 'data-mn-search-text',
      'data-mn-search-text': 'Replace it',
    });
  });
});
