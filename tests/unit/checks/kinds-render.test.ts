import { describe, expect, it } from 'vitest';
import { renderQuestion } from '../../../src/checks/render/question';
import type { QuestionParts, RenderContext } from '../../../src/checks/render/types';
import type { QuestionSpec, SpecOf } from '../../../src/checks/schema';
import { en } from '../../../src/i18n/en';
import { outline, rewritten } from './helpers';

const ctx: RenderContext = { store: 'mnemo:progress:/', shuffle: false, ui: en, lang: 'en' };
const base = { lesson: 'l', file: 'l.mdx', line: 1, stem: 'Stem', hints: [] };
const render = (spec: QuestionSpec, parts: Partial<QuestionParts> = {}) => renderQuestion(spec, { stem: '<p>Stem</p>', hints: [], ...parts }, ctx);

describe('the rewrite of the new kinds', () => {
  it('gives each step its own slot, and leaves a placeholder where each blank was', () => {
    const { tree, problems } = rewritten(`<Question id="steps">
Order.

<Step>Build *it*.</Step>
<Step>Ship it.</Step>
</Question>

<Question id="gaps">
Pinned by its <Blank accept={["digest"]} />, or by a <Blank accept={["tag"]} caseSensitive />.
</Question>
`);
    expect(problems).toEqual([]);
    expect(outline(tree)).toMatchInlineSnapshot(`
      "root
        <Question spec={{"kind":"order","steps":["Build it.","Ship it."],"id":"steps","lesson":"basics/intro","file":"basics/intro.mdx","line":1,"stem":"Order.","hints":[]}}>
          <MnemoPart slot="stem">
            paragraph
              text "Order."
          <MnemoPart slot="step-0">
            text "Build "
            emphasis
              text "it"
            text "."
          <MnemoPart slot="step-1">
            text "Ship it."
        <Question spec={{"kind":"blanks","blanks":[{"kind":"text","accept":["digest"],"caseSensitive":false},{"kind":"text","accept":["tag"],"caseSensitive":true}],"id":"gaps","lesson":"basics/intro","file":"basics/intro.mdx","line":8,"stem":"Pinned by its _____, or by a _____.","hints":[]}}>
          <MnemoPart slot="stem">
            paragraph
              text "Pinned by its "
              inline <span data-mn-blank="0">
              text ", or by a "
              inline <span data-mn-blank="1">
              text ".""
    `);
  });
});

describe('rendering an ordering question', () => {
  const spec = (id: string, steps: string[]): SpecOf<'order'> => ({ ...base, id, kind: 'order', steps });

  it('lists the steps out of order, the same way on every build, with buttons the script shows', () => {
    for (const id of ['a', 'b', 'c', 'release', 'steps-1', 'steps-2', 'x-y-z', 'q-3f2a9c']) {
      for (const count of [2, 3, 5]) {
        const steps = Array.from({ length: count }, (_, n) => `Step ${n}`);
        const html = render(spec(id, steps));
        const shown = [...html.matchAll(/class="mn-step__text" id="[^"]+">([^<]+)</g)].map((m) => m[1]);
        expect(shown, `${id}, ${count} steps`).not.toEqual(steps);
        expect([...shown].sort()).toEqual(steps);
        expect(render(spec(id, steps))).toBe(html);
      }
    }
    const html = render(spec('a', ['One', 'Two']));
    expect(html).toContain('<span class="mn-step__moves" hidden data-pagefind-ignore>');
    expect(html).toContain('aria-keyshortcuts="ArrowUp"');
    expect(html).toContain('<span class="mn-visually-hidden">Move down</span>');
    expect(html).toContain('data-spec="{&quot;kind&quot;:&quot;order&quot;}"');
  });

  it('gives the right order in the key, inside the disclosure search ignores', () => {
    const html = render(spec('a', ['One', 'Two', 'Three']), { steps: ['One', '<em>Two</em>', 'Three'] });
    expect(html).toContain('<ol class="mn-key mn-key--order" aria-label="Answer key" data-mn-outcome><li class="mn-key__step">One</li><li class="mn-key__step"><em>Two</em></li><li class="mn-key__step">Three</li></ol>');
    expect(html.indexOf('mn-key--order')).toBeGreaterThan(html.indexOf('<details class="mn-question__answer" data-pagefind-ignore>'));
  });
});

describe('rendering a matching question', () => {
  const spec: SpecOf<'match'> = {
    ...base,
    id: 'probes',
    kind: 'match',
    pairs: [
      { prompt: 'Liveness', answer: 'Restart it.' },
      { prompt: 'Readiness', answer: 'Stop traffic.' },
      { prompt: 'Startup', answer: 'Hold the others.' },
    ],
  };

  it('labels one select per prompt with every answer, never listed in the prompts’ order', () => {
    const html = render(spec);
    const selects = [...html.matchAll(/<select [^>]*>(.*?)<\/select>/g)].map((m) => [...m[1]!.matchAll(/<option value="\d*">([^<]+)</g)].map((o) => o[1]));
    expect(selects).toHaveLength(3);
    for (const options of selects) {
      expect(options[0]).toBe('Choose…');
      expect(options.slice(1)).not.toEqual(['Restart it.', 'Stop traffic.', 'Hold the others.']);
      expect([...options.slice(1)].sort()).toEqual(['Hold the others.', 'Restart it.', 'Stop traffic.']);
    }
    expect(html).toContain('<label class="mn-pair__prompt" for="probes-pair-1">Readiness</label>');
  });

  it('puts the prompts in the search index and keeps the options and the key out of it', () => {
    const html = render(spec);
    expect(html).toContain('data-pagefind-index-attrs="data-mn-search-text" data-mn-search-text="Startup"');
    expect(html).toMatch(/<select class="mn-pair__select" id="probes-pair-0" data-pagefind-ignore>/);
    expect(html).toContain('<li class="mn-key__pair"><strong>Liveness</strong>: Restart it.</li>');
  });
});

describe('rendering a fill-in-the-blank question', () => {
  const spec: SpecOf<'blanks'> = {
    ...base,
    id: 'pin',
    kind: 'blanks',
    blanks: [
      { kind: 'text', accept: ['digest', 'content digest'], caseSensitive: false },
      { kind: 'number', number: 88, tolerance: 0.5 },
    ],
  };
  const stem = '<p>Pinned by its <span data-mn-blank="0"></span>; about <span data-mn-blank="1"></span> days.</p>';

  it('puts a labelled input, sized to the expected answer, where each blank is, and nothing below the stem', () => {
    const html = render(spec, { stem });
    expect(html).toContain(
      '<p>Pinned by its <span class="mn-blank" data-index="0" data-pagefind-ignore><input class="mn-blank__input" id="pin-blank-0" type="text" size="8" autocomplete="off" autocapitalize="off" spellcheck="false" aria-label="Blank 1 of 2" aria-describedby="pin-stem" disabled></span>; about ',
    );
    expect(html).toContain('size="4" inputmode="decimal"');
    expect(html).toContain('aria-label="Blank 2 of 2"');
    expect(html).not.toContain('data-mn-blank');
    expect(html).toContain('</div><p class="mn-question__earlier"');
    expect(html).toContain('<p class="mn-question__kind" id="pin-kind" data-pagefind-ignore>Self-check: fill in the blanks.</p>');
  });

  it('keys each blank, and a single blank as “Answer:”', () => {
    expect(render(spec, { stem })).toContain('<ul class="mn-key mn-key--blanks" aria-label="Answer key" data-mn-outcome><li class="mn-key__blank">Blank 1: <strong>digest</strong></li><li class="mn-key__blank">Blank 2: <strong>88 ± 0.5</strong></li></ul>');
    const one = render({ ...spec, blanks: [spec.blanks[0]!] }, { stem: '<p>By its <span data-mn-blank="0"></span>.</p>' });
    expect(one).toContain('aria-label="Blank"');
    expect(one).toContain('Self-check: fill in the blank.');
    expect(one).toContain('<p class="mn-key mn-key--typed" data-mn-outcome>Answer: <strong>digest</strong></p>');
  });
});
