/**
 * Writing an imported lesson as an `.mdx` file against the authoring contract: frontmatter,
 * then headings, prose, `<Question>`s and `<Deck>`s in order.
 */
import { stringify } from 'yaml';
import { headingToMdx, jsxAttribute } from './mdx-text.ts';
import { BLANK_TOKEN, type Block, type Card, type Check, type Lesson, type TypedAnswer } from './model.ts';

/** The attributes of an `<Answer>` or `<Blank>`. */
function answerAttributes(answer: TypedAnswer): string {
  if ('accept' in answer) {
    const exact = answer.caseSensitive ? ` ${jsxAttribute('caseSensitive', true)}` : '';
    return `${jsxAttribute('accept', answer.accept)}${exact}`;
  }
  const tolerance = answer.tolerance > 0 ? ` ${jsxAttribute('tolerance', answer.tolerance)}` : '';
  return `${jsxAttribute('number', answer.number)}${tolerance}`;
}

/** An element with MDX children: on one line when they are one line, else as a block. */
function element(name: string, attributes: string[], mdx: string): string {
  const open = [name, ...attributes].join(' ');
  return mdx.includes('\n') ? `<${open}>\n\n${mdx}\n\n</${name}>` : `<${open}>${mdx}</${name}>`;
}

function answerPart(check: Check): string[] {
  switch (check.kind) {
    case 'choice':
      return check.choices.map((choice) => {
        const attributes = [
          ...(choice.correct ? [jsxAttribute('correct', true)] : []),
          ...(choice.feedback ? [jsxAttribute('feedback', choice.feedback)] : []),
        ];
        return element('Choice', attributes, choice.mdx);
      });
    case 'typed':
      return [`<Answer ${answerAttributes(check.answer)} />`];
    case 'pairs':
      return check.pairs.map((pair) => element('Pair', [jsxAttribute('prompt', pair.prompt)], pair.mdx));
    case 'blanks':
      return [];
  }
}

function stemOf(check: Check): string {
  if (check.kind !== 'blanks') return check.stem;
  return check.stem.replace(BLANK_TOKEN, (_, index: string) => {
    const answer = check.blanks[Number(index)];
    if (!answer) throw new Error(`Blank ${index} of question ${check.id} has no answer.`);
    return `<Blank ${answerAttributes(answer)} />`;
  });
}

/** One `<Question>` as MDX. */
export function renderCheck(check: Check): string {
  const attributes = [jsxAttribute('id', check.id)];
  if (check.kind === 'choice' && check.multiple) attributes.push(jsxAttribute('multiple', true));
  if (check.kind === 'choice' && check.shuffle !== undefined) attributes.push(jsxAttribute('shuffle', check.shuffle));
  const parts = [
    `<Question ${attributes.join(' ')}>`,
    stemOf(check),
    answerPart(check).join('\n'),
    ...check.hints.map((hint) => element('Hint', [], hint)),
    ...(check.explanation ? [`<Explanation>\n\n${check.explanation}\n\n</Explanation>`] : []),
  ].filter((part) => part !== '');
  return `${parts.join('\n\n')}\n</Question>`;
}

function renderCard(card: Card): string {
  return element('Flashcard', [jsxAttribute('id', card.id), jsxAttribute('front', card.front)], card.back);
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return headingToMdx(block.text, 2);
    case 'prose':
      return block.mdx;
    case 'check':
      return renderCheck(block.check);
    case 'deck': {
      const open = block.title ? `<Deck ${jsxAttribute('title', block.title)}>` : '<Deck>';
      return [open, ...block.cards.map(renderCard), '</Deck>'].join('\n\n');
    }
  }
}

/**
 * The whole `.mdx` file of a lesson.
 * @example renderLesson({ name: 'quiz', title: 'Quiz', description: 'Imported from quiz.gift.', tags: [], blocks })
 */
export function renderLesson(lesson: Lesson): string {
  const frontmatter: Record<string, unknown> = { title: lesson.title, description: lesson.description };
  if (lesson.tags.length > 0) frontmatter.tags = lesson.tags;
  const body = lesson.blocks.map(renderBlock).join('\n\n');
  return `---\n${stringify(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;
}
