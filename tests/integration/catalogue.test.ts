/**
 * The catalogue a real build writes: an index of every self-check in guide order, one item
 * file per self-check holding its spec and rendered parts, and the verifier's view, all from
 * the same specs, and nothing that names a folder of the author's machine.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../src/checks/catalogue/collect';
import type { CatalogueIndex } from '../../src/checks/catalogue/write';
import { CheckSpecSchema, type CheckSpec } from '../../src/checks/schema';
import { buildSite } from '../../scripts/lib/build-site';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const { content } = makeGuide({
  'basics/_section.yaml': 'title: Basics\norder: 1\n',
  'basics/intro.mdx': `---
title: Intro
tags: [core]
---

<Question id="pick-one">
Which one is *right*?

\`\`\`sh
echo right
\`\`\`

<Choice correct feedback="Yes.">This one</Choice>
<Choice>That one</Choice>

<Hint>Look at the code.</Hint>
<Explanation>It echoes **right**.</Explanation>
</Question>

<Question id="type-it">
How many?

<Answer number={3} tolerance={0.5} />
</Question>
`,
  'basics/cards.mdx': `---
title: Cards
---

<Deck title="Words">
<Flashcard id="card-one" front="One?">The *first*.</Flashcard>
<Flashcard front="Two?">The second.</Flashcard>
</Deck>
`,
  'plain.md': '# Plain\n\nNo self-checks here.\n',
});
const out = join(mkdtempSync(join(tmpdir(), 'mnemo-catalogue-')), 'site');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;

beforeAll(async () => {
  const result = await buildSite({ root: ROOT, content, out, base: '/guide/' });
  if (!result.ok) throw new Error(result.output.slice(-3000));
}, 120_000);

describe('the catalogue of a built guide', () => {
  it('indexes every lesson in guide order with its section, tags and self-check ids', () => {
    const index = read<CatalogueIndex>('_mnemo/catalogue.json');
    expect(index.v).toBe(2);
    expect(index.lang).toBe('en');
    expect(index.sections).toEqual([{ slug: 'basics', title: 'Basics' }]);
    expect(index.lessons.map(({ slug, section, tags, questions, cards }) => ({ slug, section, tags, questions, cards }))).toEqual([
      { slug: 'basics/cards', section: 'basics', tags: [], questions: [], cards: ['card-one', expect.stringMatching(/^two-[0-9a-f]{6}$/)] },
      { slug: 'basics/intro', section: 'basics', tags: ['core'], questions: ['pick-one', 'type-it'], cards: [] },
      { slug: 'plain', section: '', tags: [], questions: [], cards: [] },
    ]);
  });

  it('holds each self-check once, as the same valid spec the verifier reads, with its rendered parts', () => {
    const { checks } = read<{ checks: CheckSpec[] }>('_mnemo/checks.json');
    expect(checks).toHaveLength(4);
    const files = readdirSync(join(out, '_mnemo/items')).sort();
    expect(files).toEqual(checks.map((check) => `${check.id}.json`).sort());
    for (const check of checks) {
      const item = read<CatalogueItem>(`_mnemo/items/${check.id}.json`);
      expect(item.spec).toEqual(check);
      expect(CheckSpecSchema.parse(item.spec)).toEqual(check);
    }
    const question = read<CatalogueItem>('_mnemo/items/pick-one.json');
    expect(question.spec).toMatchObject({ kind: 'single', file: 'basics/intro.mdx', lesson: 'basics/intro', stem: 'Which one is right? echo right' });
    expect(question.parts).toMatchObject({
      stem: expect.stringMatching(/<em>right<\/em>[\s\S]*<pre class="astro-code/),
      choices: ['This one', 'That one'],
      hints: ['Look at the code.'],
      explanation: expect.stringContaining('<strong>right</strong>'),
    });
    expect(read<CatalogueItem>('_mnemo/items/card-one.json').parts).toEqual({ front: 'One?', back: 'The <em>first</em>.' });
  });

  it('publishes no path of the machine the guide was built on', () => {
    const leaks = [content, ROOT, relative(ROOT, content), tmpdir()];
    const texts = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(html|json|js|css|xml|txt)$/.test(entry.name))
      .map((entry) => ({ path: relative(out, join(entry.parentPath, entry.name)), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));
    expect(texts.length).toBeGreaterThan(10);
    for (const { path, text } of texts) for (const leak of leaks) expect(text.includes(leak), `${path} holds ${leak}`).toBe(false);
  });
});
