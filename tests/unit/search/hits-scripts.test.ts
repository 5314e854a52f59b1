import { describe, expect, it } from 'vitest';
import { pageHits, type PageData } from '../../../src/scripts/search/hits';
import { pageWords } from '../../../src/scripts/search/words';

/**
 * A page of a Chinese guide as Pagefind returns it: its indexer segments the text into words
 * and hands them over with U+200B between them (`raw_content`), spaces kept inside words.
 */
const segments = [
  '不可', '变', '基础', '设施', '. ', // 0-4: the title
  '镜', '像', '. ', '镜', '像', '只', '构', '建', '一', '次', '。 ', // 5-15: a heading and its text
  '服务', '器', '出现', '配置', '漂移', '时', '，', '不可', '变', '基础', '设施', '怎么', '处理', '？ ', // 16-29: a flashcard's front
  '回', '滚', '. ', '回', '滚', '就是', '重新', '部署', '上', '一', '个', '版本', '。', // 30-42: another heading
];
const anchors: PageData['anchors'] = [
  { element: 'h2', id: '镜像', text: '镜像', location: 5 },
  { element: 'mnemo-flashcard', id: 'peizhi-piaoyi', text: '', location: 16 },
  { element: 'h2', id: '回滚', text: '回滚', location: 30 },
];
const chinese = (words: string[]): PageData => ({
  url: '/zh/基础/不可变基础设施/',
  content: segments.join(''),
  raw_content: segments.join('\u200B'),
  locations: segments.flatMap((s, i) => (words.includes(s.trim()) ? [i] : [])),
  anchors,
  meta: { title: '不可变基础设施' },
});

describe('search results in a language written without spaces', () => {
  it('counts words as Pagefind does, from its segmented text', () => {
    const { words, joiner } = pageWords(chinese([]));
    expect(words).toEqual(segments);
    expect(joiner).toBe('');
  });

  it('labels a match in a flashcard front as a flashcard, titled by its front, linked to its own anchor', () => {
    const { lesson, parts } = pageHits(chinese(['配置', '漂移']));
    expect(parts.map((p) => [p.kind, p.title, p.url])).toEqual([
      ['flashcard', '服务器出现配置漂移时，不可变基础设施怎么处理？', '/zh/基础/不可变基础设施/#peizhi-piaoyi'],
    ]);
    // The front is the whole title, its matches marked there; the excerpt never says it twice.
    expect(parts[0]!.titleParts.filter((p) => p.mark).map((p) => p.text)).toEqual(['配置', '漂移']);
    expect(parts[0]!.titleParts.map((p) => p.text).join('').trim()).toBe('服务器出现配置漂移时，不可变基础设施怎么处理？');
    expect(parts[0]!.excerpt).toEqual([]);
    expect(lesson.excerpt).toEqual([]);
  });

  it('makes a heading written in Chinese a part of its own', () => {
    const { parts } = pageHits(chinese(['回', '滚']));
    expect(parts.map((p) => [p.kind, p.title, p.id])).toEqual([['heading', '回滚', '回滚']]);
    expect(parts[0]!.excerpt.map((e) => e.text).join('')).toBe('回滚. 回滚就是重新部署上一个版本。');
  });

  it('shows the text of the page, not its escaped form, when it holds < or >', () => {
    const words = ['a<b', ' 和', '>c'];
    expect(pageWords({ content: words.join(''), raw_content: 'a&lt;b\u200B 和\u200B&gt;c' }).words).toEqual(words);
  });
});

describe('search results in other scripts', () => {
  const page = (content: string, anchor: PageData['anchors'][number], match: string): PageData => {
    const words = content.split(' ');
    return { url: '/x/', content, locations: words.flatMap((w, i) => (w.startsWith(match) ? [i] : [])), anchors: [anchor], meta: { title: 'x' } };
  };

  it('makes a heading written only in Cyrillic a part', () => {
    const hit = pageHits(page('Неизменяемая инфраструктура. Образы. Образ собирают один раз.', { element: 'h2', id: 'образы', text: 'Образы', location: 2 }, 'Образ'));
    expect(hit.parts.map((p) => [p.kind, p.title, p.url])).toEqual([['heading', 'Образы', '/x/#образы']]);
  });

  it('ends a question’s title at an Arabic question mark', () => {
    const content = 'أسئلة. ما الكلمة التي نسمّي بها المكان الذي يعمل فيه الإصدار؟ (كلمة واحدة)';
    const hit = pageHits(page(content, { element: 'mnemo-question', id: 'biea', text: '', location: 1 }, 'الإصدار'));
    expect(hit.parts.map((p) => [p.kind, p.title])).toEqual([['question', 'ما الكلمة التي نسمّي بها المكان الذي يعمل فيه الإصدار؟']]);
  });

  it('cuts a long title without a sentence end, and says so', () => {
    const content = `Lead ${'word '.repeat(40)}end`;
    const hit = pageHits(page(content, { element: 'mnemo-question', id: 'q', text: '', location: 1 }, 'end'));
    expect(hit.parts[0]!.title).toMatch(/^(word ){18}word …$/);
  });
});
