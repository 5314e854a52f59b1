import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import type { Guide, Lesson, Section } from '../../../src/lib/content/model';
import { assembleGuide, KEY_ANCHOR, type LessonPrint } from '../../../src/print/build/assemble';

function lesson(slug: string, title: string, section: string, index: number): Lesson {
  return { kind: 'lesson', slug, file: `content/${slug}.mdx`, path: `/c/${slug}.mdx`, format: 'mdx', title, titleFromHeading: false, tags: [], section, index };
}
function section(slug: string, title: string, children: (Lesson | Section)[], parent?: string): Section {
  return { kind: 'section', slug, title, children, lessonCount: children.length, ...(parent === undefined ? {} : { parent }) };
}

const intro = lesson('intro', 'Introduction', '', 0);
const canary = lesson('releasing/canary', 'Canary', 'releasing', 1);
const flags = lesson('releasing/advanced/flags', 'Flags', 'releasing/advanced', 2);
const advanced = section('releasing/advanced', 'Advanced', [flags], 'releasing');
const releasing = section('releasing', 'Releasing', [canary, advanced], '');
const root = section('', 'Guide', [intro, releasing]);
const guide: Guide = { root, lessons: [intro, canary, flags], sections: new Map([['', root], ['releasing', releasing], ['releasing/advanced', advanced]]), problems: [], warnings: [] };

const pages: Record<string, LessonPrint> = {
  intro: { content: '<h2 id="start">Start</h2><p>See <a href="../releasing/canary/">canary</a>.</p>', key: '' },
  'releasing/canary': { content: '<mnemo-question id="q1"><p>Q1</p></mnemo-question>', key: '<ol class="mn-key-list"><li><a href="#q1">1.</a>K1</li></ol>' },
  'releasing/advanced/flags': { content: '<p>Flags</p>', key: '<ol class="mn-key-list"><li><a href="#q2">1.</a>K2</li></ol>' },
};
const body = assembleGuide({ guide, base: '/g/', ui: en, lessonPrint: (slug) => pages[slug] });

describe('the one-page guide', () => {
  it('holds every lesson in guide order, under chapters named after the sections', () => {
    const order = ['<article class="mn-print-lesson" id="intro/"><h2>Introduction</h2>', '<section class="mn-print-chapter" id="releasing/"><h2>Releasing</h2>', 'id="releasing/canary/"><h3>Canary</h3>', '<section class="mn-print-section" id="releasing/advanced/"><h3>Advanced</h3>', 'id="releasing/advanced/flags/"><h4>Flags</h4>'];
    const positions = order.map((part) => body.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('moves each lesson\'s headings under its own title and links lessons within the page', () => {
    expect(body).toContain('<h2>Introduction</h2><h3 id="intro/start">Start</h3>');
    expect(body).toContain('<a href="#releasing/canary/">canary</a>');
  });

  it('ends with one answer key, by chapter and lesson, whose entries lead to their questions', () => {
    const key = body.slice(body.indexOf(`<section class="mn-print-key" id="${KEY_ANCHOR}"`));
    expect(key).toBe(
      `<section class="mn-print-key" id="${KEY_ANCHOR}" data-pagefind-ignore><h2>Answer key</h2><h3>Releasing</h3><h4>Canary</h4><ol class="mn-key-list"><li><a href="#releasing/canary/q1">1.</a>K1</li></ol><h4>Flags</h4><ol class="mn-key-list"><li><a href="#releasing/advanced/flags/q2">1.</a>K2</li></ol></section>`,
    );
    expect(body).toContain('<mnemo-question id="releasing/canary/q1">');
  });

  it('has no key when the guide has no question', () => {
    const bare = assembleGuide({ guide, base: '/g/', ui: en, lessonPrint: () => ({ content: '<p>x</p>', key: '' }) });
    expect(bare).not.toContain('mn-print-key');
  });
});
