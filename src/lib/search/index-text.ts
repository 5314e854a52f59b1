/**
 * Search-index helpers for self-check markup. Pagefind drops every `<label>` from the index
 * (it treats labels as form chrome), but a choice's text lives in its label; the choice's
 * wrapper therefore hands Pagefind the same text as an attribute it indexes in place
 * (`data-pagefind-index-attrs`, see docs/search-notes.md).
 */

/** The attribute that carries a choice's plain text for the index. */
export const CHOICE_TEXT_ATTRIBUTE = 'data-mn-search-text';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Plain text of rendered inline HTML: tags removed, entities decoded, spaces collapsed.
 * @example indexText('Use <code>&lt;kbd&gt;</code> &amp; more') // 'Use <kbd> & more'
 */
export function indexText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Attributes for a choice's wrapper that put its text in the search index.
 * @example <div class="mn-choice" {...choiceIndexAttributes(html)}>
 */
export function choiceIndexAttributes(html: string): Record<string, string> {
  return { 'data-pagefind-index-attrs': CHOICE_TEXT_ATTRIBUTE, [CHOICE_TEXT_ATTRIBUTE]: indexText(html) };
}
