/**
 * Generated self-checks written in Mnemo's authoring syntax (/work/shared/authoring.md):
 * `<Question>`, `<Choice>`, `<Answer>`, `<Hint>`, `<Explanation>`, `<Deck>` and `<Flashcard>`.
 */
import type { DeckSpec, QuestionSpec } from './questions.ts';

const fence = (lang: string, code: string): string => '```' + lang + '\n' + code + '\n```';

/**
 * One `<Question>` block in MDX.
 * @example mnemoQuestion({ kind: 'text', id: 'b0001-q3', stem: 'Name it.', accept: ['pool size'], hints: [], explanation: { text: 'Because.' } })
 */
export function mnemoQuestion(q: QuestionSpec): string {
  const lines = [`<Question id="${q.id}"${q.kind === 'multiple' ? ' multiple' : ''}>`, q.stem, ''];
  if ('choices' in q) {
    for (const c of q.choices) lines.push(`<Choice${c.correct ? ' correct' : ''} feedback="${c.feedback}">${c.text}</Choice>`);
    lines.push('');
  } else if (q.kind === 'text') {
    lines.push(`<Answer accept={${JSON.stringify(q.accept)}} />`);
  } else {
    lines.push(`<Answer number={${q.number}} tolerance={${q.tolerance}} />`);
  }
  lines.push(...q.hints.map((hint) => `<Hint>${hint}</Hint>`));
  const { text, code } = q.explanation;
  lines.push(`<Explanation>\n${code ? `${text}\n\n${fence(code.lang, code.code)}` : text}\n</Explanation>`);
  lines.push('</Question>');
  return lines.join('\n');
}

/** One `<Deck>` of `<Flashcard>`s in MDX. */
export function mnemoDeck(deck: DeckSpec): string {
  const cards = deck.cards.map((card) => `<Flashcard id="${card.id}" front="${card.front}">\n${card.back}\n</Flashcard>`);
  return [`<Deck title="${deck.title}">`, ...cards, '</Deck>'].join('\n');
}
