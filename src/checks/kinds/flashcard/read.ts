/**
 * Reading `<Deck>` and `<Flashcard>`. A card is keyed by its id like a question; a deck gets
 * a derived id so the browser can keep its place and order.
 */
import { readAttribute, readBoolean, readString } from '../../build/attribute-values';
import { misspelt } from '../../build/attributes';
import { readMarkdownAttribute } from '../../build/inline-markdown';
import { resolveId } from '../../build/lesson-ids';
import { getAttribute, isComponent, type JsxElement } from '../../build/mdx';
import type { CheckContext } from '../../build/report';
import { hasContent, plainText } from '../../build/text';
import { deriveId } from '../../core/ids';

/** A `<Flashcard>`, as read. */
export interface FlashcardModel {
  node: JsxElement;
  id: string;
  /** The prompt as plain text: inline Markdown removed, whitespace collapsed ('' when missing). */
  front: string;
  /** Plain text of the back. */
  back: string;
}

/** A `<Deck>`, as read. */
export interface DeckModel {
  node: JsxElement;
  id: string;
  title?: string;
  shuffle?: boolean;
  /** The `<Flashcard>`s directly inside, in order. */
  cards: JsxElement[];
}

/** Reads and checks one `<Flashcard>`: a non-empty `front` and a non-empty back. */
export function analyzeFlashcard(node: JsxElement, ctx: CheckContext): FlashcardModel {
  const frontAttribute = getAttribute(node, 'front');
  const markdown = readMarkdownAttribute(node, 'front', ctx);
  const front = markdown?.text ?? '';
  const fix = 'Write the prompt in `front`, e.g. `<Flashcard front="What is configuration drift?">`.';
  if (!frontAttribute) {
    const typo = misspelt([node], 'Flashcard', 'front');
    ctx.report([node], typo ? `This \`<Flashcard>\` has no \`front\`: \`${typo.name}\` is not \`front\`.` : 'This `<Flashcard>` has no `front`.', typo ? 'Fix the attribute named just above: write `front`.' : fix, typo);
  } else if (markdown !== undefined && front === '') {
    ctx.report([frontAttribute, node], 'The `front` of this `<Flashcard>` is empty.', fix);
  }
  if (!hasContent(node.children)) {
    ctx.report(
      [node],
      'This `<Flashcard>` has no back.',
      'Write the answer between `<Flashcard front="...">` and `</Flashcard>`.',
    );
  }
  // A derived id comes from the front as written, so adding markup never changes it.
  return { node, id: resolveId(node, quietFront(node), 'card', ctx), front, back: plainText(node.children) };
}

/** The front of a card without reporting anything (the card reports its own problems). */
function quietFront(card: JsxElement): string {
  const attribute = getAttribute(card, 'front');
  const result = attribute ? readString(attribute, 'Flashcard') : undefined;
  return result && 'value' in result ? result.value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Reads and checks one `<Deck>`. Its id derives from the title (else the first front);
 * `taken` holds the deck ids already used in the lesson, so two decks never share one.
 */
export function analyzeDeck(node: JsxElement, ctx: CheckContext, taken: Set<string>): DeckModel {
  const title = readMarkdownAttribute(node, 'title', ctx)?.text;
  const shuffle = readAttribute(node, 'shuffle', readBoolean, ctx);
  const cards = node.children.filter((c): c is JsxElement => isComponent(c, 'Flashcard'));
  if (cards.length === 0) {
    ctx.report(
      [node],
      'This `<Deck>` has no `<Flashcard>`s.',
      'Put one or more `<Flashcard front="...">...</Flashcard>` between `<Deck>` and `</Deck>`, or remove the deck.',
    );
  }
  // Derived from the title as written, so adding markup to it never changes the id.
  const written = getAttribute(node, 'title');
  const read = written ? readString(written, 'Deck') : undefined;
  const basis = (read && 'value' in read ? read.value : '').replace(/\s+/g, ' ').trim() || (cards[0] ? quietFront(cards[0]) : '');
  const base = `deck-${deriveId(ctx.lesson, basis, 'cards')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  const deck: DeckModel = { node, id, cards };
  if (title !== undefined) deck.title = title;
  if (shuffle !== undefined) deck.shuffle = shuffle;
  return deck;
}
