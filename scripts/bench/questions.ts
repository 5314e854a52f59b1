/**
 * Self-check questions for generated lessons, written in the authoring contract's syntax
 * (/work/shared/authoring.md): single and multiple choice with per-choice feedback, typed text
 * and numeric answers, each with hints and an explanation.
 */
import { paragraph, sentence } from './prose.ts';
import type { Random } from './random.ts';
import { QUALITIES, SITUATIONS, type Topic } from './topics.ts';

/** The question kinds a benchmark lesson mixes. */
export type BenchQuestionKind = 'single' | 'multiple' | 'text' | 'number';

interface ChoiceSpec {
  text: string;
  correct: boolean;
  feedback: string;
}

function choiceLine({ text, correct, feedback }: ChoiceSpec): string {
  return `<Choice${correct ? ' correct' : ''} feedback="${feedback}">${text}</Choice>`;
}

function hints(r: Random, topic: Topic, term: string): string[] {
  const all = [
    `Think about what happens to the ${term} ${r.pick(SITUATIONS)}.`,
    `Reread the section on ${topic.name}; the answer is in its second paragraph.`,
    `Which option would ${r.pick(QUALITIES)} suffer from most?`,
  ];
  return r.sample(all, r.int(1, 2)).map((hint) => `<Hint>${hint}</Hint>`);
}

function explanation(r: Random, topic: Topic, withCode: boolean): string {
  const parts = [paragraph(r, topic, 2, 3)];
  if (withCode) {
    const sample = r.pick(topic.samples);
    parts.push('```' + sample.lang + '\n' + sample.code.split('\n').slice(0, 4).join('\n') + '\n```');
  }
  return `<Explanation>\n${parts.join('\n\n')}\n</Explanation>`;
}

function choices(r: Random, topic: Topic, key: string, correctCount: number, total: number): ChoiceSpec[] {
  const others = topic.terms.filter((t) => t !== key);
  const right = [
    `Keep the **${key}** explicit and reviewed with every change`,
    `Measure the ${key} in production before tuning it`,
    `Alert on the ${key} before users notice a problem`,
    `Write down who owns the ${key} and why it has its value`,
  ];
  const wrong = others.map((other) => `Copy the \`${other.replace(/\s+/g, '_')}\` from another service unchanged`);
  wrong.push(`Ignore the ${key} until an incident forces a decision`, `Set the ${key} as high as the platform allows`);
  const picked: ChoiceSpec[] = [
    ...r.sample(right, correctCount).map((text) => ({ text, correct: true, feedback: `Right: this keeps ${topic.name} predictable.` })),
    ...r.sample(wrong, total - correctCount).map((text) => ({ text, correct: false, feedback: `Not quite: this ${r.pick(['hides', 'postpones', 'multiplies'])} the risk instead of managing it.` })),
  ];
  return r.sample(picked, picked.length);
}

/**
 * One `<Question>` block of the given kind about `topic`, with the guide-unique `id`; with
 * `codeInExplanation`, its explanation holds a fenced code block.
 * @example question(random, topic, 'b0042-q3', 'text', false)
 */
export function question(r: Random, topic: Topic, id: string, kind: BenchQuestionKind, codeInExplanation: boolean): string {
  const key = r.pick(topic.terms);
  const lines: string[] = [];
  if (kind === 'single' || kind === 'multiple') {
    const multiple = kind === 'multiple';
    lines.push(`<Question id="${id}"${multiple ? ' multiple' : ''}>`);
    lines.push(multiple
      ? `Which habits make the ${key} safer to operate? Select all that apply.`
      : `Which practice best protects the ${key} ${r.pick(SITUATIONS)}?`);
    lines.push('', ...choices(r, topic, key, multiple ? r.int(2, 3) : 1, multiple ? 5 : 4).map(choiceLine), '');
  } else if (kind === 'text') {
    lines.push(`<Question id="${id}">`);
    lines.push(`Typed answer: ${sentence(r, topic)} What is the term for the setting described here as the ${key}?`);
    const accept = [...new Set([key, `the ${key}`, key.replace(/[\s-]+/g, ''), key.toUpperCase()])];
    lines.push('', `<Answer accept={${JSON.stringify(accept)}} />`);
  } else {
    const per = r.int(20, 80);
    const count = r.int(3, 12);
    lines.push(`<Question id="${id}">`);
    lines.push(`Each of the ${count} nodes of a service reports ${per} ${topic.unit}. How many ${topic.unit} is that for the whole service?`);
    lines.push('', `<Answer number={${per * count}} tolerance={${Math.max(1, Math.round(per * count * 0.02))}} />`);
  }
  lines.push(...hints(r, topic, key));
  lines.push(explanation(r, topic, codeInExplanation));
  lines.push('</Question>');
  return lines.join('\n');
}
