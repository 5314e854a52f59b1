/**
 * Writes a deterministic benchmark guide: `_guide.yaml`, section folders with `_section.yaml`,
 * and `.mdx` lessons with prose, 3-4 `##` headings, 1-2 fenced code blocks and five self-checks.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headings, paragraph } from './prose.ts';
import { question, type BenchQuestionKind } from './questions.ts';
import { createRandom, type Random } from './random.ts';
import { TOPICS } from './topics.ts';

/** The generated guide's layout and the lesson whose page is compared across sizes. */
export interface GeneratedGuide {
  dir: string;
  lessons: number;
  sections: number;
  /** Route slug of the probe lesson, e.g. `section-06/lesson-0055`. */
  probeSlug: string;
}

/** The seed of the probe lesson, so its body is the same whatever the guide's size. */
const PROBE_SEED = 0x5eed;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The five question kinds of a lesson: all four kinds, and a fifth that rotates, so the guide
 * holds a mix of every kind.
 */
function questionKinds(index: number): BenchQuestionKind[] {
  const fifth: BenchQuestionKind[] = ['single', 'multiple', 'text', 'number'];
  return ['single', 'multiple', 'text', 'number', fifth[index % 4]!];
}

/**
 * One lesson's MDX source. `number` (1-based) only shows up in question ids, which must be
 * unique across the guide; everything else comes from `seed`.
 */
export function lessonSource(seed: number, number: number, order: number): string {
  const r: Random = createRandom(seed);
  const topic = r.pick(TOPICS);
  const sectionCount = r.int(3, 4);
  const titles = headings(r, topic, sectionCount);
  // 1-2 code blocks per lesson; a second one sometimes sits in a question's explanation.
  const codeCount = r.int(1, 2);
  const explanationCode = codeCount === 2 && r.next() < 0.5 ? r.int(1, 5) : 0;
  const codeAt = r.sample([...titles.keys()], codeCount - (explanationCode ? 1 : 0));
  const samples = r.sample(topic.samples, topic.samples.length);
  const kinds = questionKinds(seed);
  const id = (q: number) => `b${pad(number, 4)}-q${q}`;
  // Five questions over 3-4 sections: the first sections get two each until they run out.
  const perSection = titles.map((_, i) => (i < 5 - titles.length ? 2 : 1));

  const out: string[] = [
    '---',
    // JSON strings are valid YAML, so colons in generated text stay inside the value.
    `title: ${JSON.stringify(`${topic.name.charAt(0).toUpperCase()}${topic.name.slice(1)}: ${titles[0]!.toLowerCase()}`)}`,
    `description: ${JSON.stringify(paragraph(r, topic, 1, 1))}`,
    `order: ${order}`,
    'tags:',
    ...r.sample(topic.terms, 2).map((tag) => `  - ${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`),
    '---',
    '',
    paragraph(r, topic),
    '',
    paragraph(r, topic),
  ];
  let q = 0;
  titles.forEach((title, i) => {
    out.push('', `## ${title}`, '', paragraph(r, topic), '', paragraph(r, topic, 2, 4));
    const code = codeAt.indexOf(i);
    if (code >= 0) {
      const sample = samples[code % samples.length]!;
      out.push('', '```' + sample.lang, sample.code, '```', '', paragraph(r, topic, 2, 3));
    }
    for (let k = 0; k < perSection[i]!; k++) {
      q += 1;
      out.push('', question(r, topic, id(q), kinds[q - 1]!, q === explanationCode));
    }
  });
  out.push('', paragraph(r, topic, 2, 3), '');
  return out.join('\n');
}

/**
 * Writes a guide of `lessons` lessons spread evenly over `sections` folders into `dir`
 * (emptied first). The middle lesson of the middle section is the probe: its body comes from
 * a fixed seed, so its page can be compared between guides of different sizes.
 * @example generateGuide('bench/.out/content-100', 100, 10)
 */
export function generateGuide(dir: string, lessons: number, sections: number): GeneratedGuide {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '_guide.yaml'), 'title: Bench guide\ndescription: A generated guide for measuring build time, memory and output size.\n');
  const perSection = Math.ceil(lessons / sections);
  const probeSection = Math.floor(sections / 2);
  const probePosition = Math.floor(Math.min(perSection, lessons - probeSection * perSection) / 2);
  let probeSlug = '';
  let number = 0;
  for (let s = 0; s < sections && number < lessons; s++) {
    const folder = `section-${pad(s + 1, 2)}`;
    const topic = TOPICS[s % TOPICS.length]!;
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, '_section.yaml'), `title: "Part ${s + 1}: ${topic.name}"\norder: ${s + 1}\ndescription: "Lessons on ${topic.name} and the settings around it."\n`);
    for (let p = 0; p < perSection && number < lessons; p++) {
      number += 1;
      const name = `lesson-${pad(number, 4)}`;
      const isProbe = s === probeSection && p === probePosition;
      if (isProbe) probeSlug = `${folder}/${name}`;
      writeFileSync(join(dir, folder, `${name}.mdx`), lessonSource(isProbe ? PROBE_SEED : number, number, p + 1));
    }
  }
  return { dir, lessons, sections, probeSlug };
}
