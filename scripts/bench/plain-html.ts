/**
 * Generated self-checks written as plain HTML for the floor: the same words as Mnemo's, in
 * ordinary elements (a `<div>` with the stem, a list of choices, native disclosures for hints
 * and the answer), with no component and no script. What Mnemo keeps out of search (hints,
 * feedback, answers, explanations, card backs) carries `data-pagefind-ignore` here too, so both
 * search indexes hold the same text.
 *
 * MDX reads Markdown inside an element only when blank lines separate it from the tags, hence
 * the blank lines around every multi-line body.
 */
import type { DeckSpec, QuestionSpec } from './questions.ts';

const fence = (lang: string, code: string): string => '```' + lang + '\n' + code + '\n```';

function answerText(q: QuestionSpec): string {
  if ('choices' in q) return `Answer: ${q.choices.filter((c) => c.correct).map((c) => c.text).join('; ')}.`;
  if (q.kind === 'text') return `Accepted answers: ${q.accept.join(', ')}.`;
  return `Answer: ${q.number}, give or take ${q.tolerance}.`;
}

/**
 * One question as plain HTML inside MDX.
 * @example floorQuestion({ kind: 'text', id: 'b0001-q3', stem: 'Name it.', accept: ['pool size'], hints: [], explanation: { text: 'Because.' } })
 */
export function floorQuestion(q: QuestionSpec): string {
  const lines = [`<div class="question" id="${q.id}">`, '', q.stem, ''];
  if ('choices' in q) {
    lines.push('<ul>');
    for (const c of q.choices) lines.push(`<li>${c.text} <small data-pagefind-ignore>${c.feedback}</small></li>`);
    lines.push('</ul>');
  } else {
    lines.push(`<p><label>Your answer <input type="${q.kind === 'number' ? 'number' : 'text'}" name="${q.id}" /></label></p>`);
  }
  for (const hint of q.hints) lines.push('', '<details data-pagefind-ignore>', '<summary>Hint</summary>', '', hint, '', '</details>');
  const { text, code } = q.explanation;
  lines.push('', '<details data-pagefind-ignore>', '<summary>Answer and explanation</summary>', '', answerText(q), '', text, '');
  if (code) lines.push(fence(code.lang, code.code), '');
  lines.push('</details>', '', '</div>');
  return lines.join('\n');
}

/** One deck of flashcards as a plain definition list. */
export function floorDeck(deck: DeckSpec): string {
  const cards = deck.cards.flatMap((card) => [`<dt id="${card.id}">${card.front}</dt>`, '<dd data-pagefind-ignore>', '', card.back, '', '</dd>']);
  return ['<section class="deck">', `<p><strong>Flashcards: ${deck.title}</strong></p>`, '<dl>', ...cards, '</dl>', '</section>'].join('\n');
}
