/**
 * One generated lesson: drawn once from its seed as a list of blocks (Markdown, questions, a
 * deck), then written in either dialect. Drawing once is what makes Mnemo's lesson and the
 * floor's lesson the same text: only how the self-checks are written differs.
 */
import { floorDeck, floorQuestion } from './plain-html.ts';
import { mnemoDeck, mnemoQuestion } from './mnemo-syntax.ts';
import { headings, paragraph } from './prose.ts';
import { deckSpec, questionSpec, type BenchQuestionKind, type DeckSpec, type QuestionSpec } from './questions.ts';
import { createRandom } from './random.ts';
import { TOPICS } from './topics.ts';

/** How self-checks are written: Mnemo's components, or plain HTML for the floor. */
export type Dialect = 'mnemo' | 'floor';

/** A piece of a lesson's body, in order. */
export type Block = { markdown: string } | { question: QuestionSpec } | { deck: DeckSpec };

/** A lesson: its frontmatter lines (without the `---` fences) and its body. */
export interface LessonSpec {
  frontmatter: string[];
  blocks: Block[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** All four kinds, and a fifth that rotates, so the guide holds a mix of every kind. */
function questionKinds(seed: number): BenchQuestionKind[] {
  const fifth: BenchQuestionKind[] = ['single', 'multiple', 'text', 'number'];
  return ['single', 'multiple', 'text', 'number', fifth[seed % 4]!];
}

/**
 * The lesson drawn from `seed`: prose, 3-4 `##` sections, 1-2 code blocks, five questions and
 * a deck of 2-3 flashcards. `number` (1-based) only shows up in ids, which must be unique
 * across the guide; everything else comes from `seed`.
 */
export function lessonSpec(seed: number, number: number, order: number): LessonSpec {
  const r = createRandom(seed);
  const topic = r.pick(TOPICS);
  const titles = headings(r, topic, r.int(3, 4));
  // 1-2 code blocks per lesson; a second one sometimes sits in a question's explanation.
  const codeCount = r.int(1, 2);
  const explanationCode = codeCount === 2 && r.next() < 0.5 ? r.int(1, 5) : 0;
  const codeAt = r.sample([...titles.keys()], codeCount - (explanationCode ? 1 : 0));
  const samples = r.sample(topic.samples, topic.samples.length);
  const kinds = questionKinds(seed);
  const prefix = `b${pad(number, 4)}`;
  // Five questions over 3-4 sections: the first sections get two each until they run out.
  const perSection = titles.map((_, i) => (i < 5 - titles.length ? 2 : 1));

  const frontmatter = [
    // JSON strings are valid YAML, so colons in generated text stay inside the value.
    `title: ${JSON.stringify(`${topic.name.charAt(0).toUpperCase()}${topic.name.slice(1)}: ${titles[0]!.toLowerCase()}`)}`,
    `description: ${JSON.stringify(paragraph(r, topic, 1, 1))}`,
    `order: ${order}`,
    'tags:',
    ...r.sample(topic.terms, 2).map((tag) => `  - ${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`),
  ];
  const blocks: Block[] = [{ markdown: paragraph(r, topic) }, { markdown: paragraph(r, topic) }];
  let q = 0;
  titles.forEach((title, i) => {
    blocks.push({ markdown: `## ${title}` }, { markdown: paragraph(r, topic) }, { markdown: paragraph(r, topic, 2, 4) });
    const code = codeAt.indexOf(i);
    if (code >= 0) {
      const sample = samples[code % samples.length]!;
      blocks.push({ markdown: '```' + sample.lang + '\n' + sample.code + '\n```' }, { markdown: paragraph(r, topic, 2, 3) });
    }
    for (let k = 0; k < perSection[i]!; k++) {
      q += 1;
      blocks.push({ question: questionSpec(r, topic, `${prefix}-q${q}`, kinds[q - 1]!, q === explanationCode) });
    }
  });
  blocks.push({ markdown: paragraph(r, topic, 2, 3) });
  blocks.push({ deck: deckSpec(r, topic, prefix) });
  return { frontmatter, blocks };
}

/**
 * The lesson's MDX source in `dialect`.
 * @example lessonSource(lessonSpec(7, 7, 1), 'floor')
 */
export function lessonSource(lesson: LessonSpec, dialect: Dialect): string {
  const body = lesson.blocks.map((block) => {
    if ('markdown' in block) return block.markdown;
    if ('question' in block) return dialect === 'mnemo' ? mnemoQuestion(block.question) : floorQuestion(block.question);
    return dialect === 'mnemo' ? mnemoDeck(block.deck) : floorDeck(block.deck);
  });
  return ['---', ...lesson.frontmatter, '---', '', body.join('\n\n'), ''].join('\n');
}
