import { describe, expect, it } from 'vitest';
import { lessonRouteSlug, segmentSlug } from '../../../src/lib/content/slug';

/** What an address segment may hold: letters, marks and digits of any script, inner dots and single hyphens. */
const SEGMENT = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}.]|-(?!-))*$/u;

describe('segmentSlug keeps the author’s script', () => {
  it.each([
    // [script, file or folder name, address segment]
    ['ASCII', 'Blue Green_deploys', 'blue-green-deploys'],
    ['ASCII with version dots', 'Release v1.2', 'release-v1.2'],
    ['ASCII with order prefix', '02-deployment_strategies', '02-deployment-strategies'],
    // Latin letters lose their accents, as in release 0.1.0, so existing addresses stay; letters
    // with no accent to lose (ß, ł, ı) are kept instead of dropped.
    ['Latin with accents', 'Café déjà vu', 'cafe-deja-vu'],
    ['German', 'Straße und Größe', 'straße-und-große'],
    ['Polish', 'Łódź źdźbło', 'łodz-zdzbło'],
    ['Vietnamese', 'Tiếng Việt', 'tieng-viet'],
    ['Turkish', 'Işık', 'isık'],
    ['Cyrillic', 'Учения', 'учения'],
    ['Cyrillic with й and ё', 'Урок йога, ёлка!', 'урок-йога-ёлка'],
    ['Ukrainian apostrophe', 'Пам’ять', 'память'],
    ['Greek', 'Μάθημα Πρώτο', 'μάθημα-πρώτο'],
    ['Chinese', '第一课 基础', '第一课-基础'],
    ['Chinese with full-width punctuation', '引言：为什么？', '引言为什么'],
    ['Japanese kana and kanji', 'はじめに・概要', 'はじめに概要'],
    ['Japanese half-width katakana', 'ｶﾞｲﾄﾞ', 'ガイド'],
    ['Korean', '첫 번째 수업', '첫-번째-수업'],
    ['Arabic', 'الدرس الأول', 'الدرس-الأول'],
    ['Arabic with Arabic-Indic digits', 'الوحدة ٣', 'الوحدة-٣'],
    ['Persian with zero-width non-joiner', 'می‌خواهم', 'میخواهم'],
    ['Hebrew', 'שיעור ראשון', 'שיעור-ראשון'],
    ['Devanagari (vowel signs and virama kept)', 'हिन्दी पाठ', 'हिन्दी-पाठ'],
    ['Thai', 'บทเรียน', 'บทเรียน'],
    ['Full-width Latin from an IME', 'ＡＢＣ １２３', 'abc-123'],
    ['emoji around words', '🚀 Launch ✨', 'launch'],
  ])('%s: %j → %j', (_script, name, expected) => {
    expect(segmentSlug(name)).toBe(expected);
    expect(segmentSlug(name)).toMatch(SEGMENT);
  });

  it('gives the same address to a name stored composed (Linux) or decomposed (macOS)', () => {
    for (const name of ['Урок йога', 'Café', '한국어']) {
      expect(segmentSlug(name.normalize('NFD'))).toBe(segmentSlug(name.normalize('NFC')));
    }
  });

  it('never makes a segment `.` or `..`, nor starts or ends one with a dot or hyphen', () => {
    expect(segmentSlug('..draft..')).toBe('draft');
    expect(segmentSlug('-a--b-')).toBe('a-b');
  });
});

describe('segmentSlug never returns an empty address', () => {
  it.each(['🚀', '❤️', '1️⃣'.slice(1), '👩‍🔬', '!!!', '???', '---', '...', '¿¡', '「」', '()', '\u0301'])(
    '%j gets a stable hash of 8 hex digits',
    (name) => {
      const slug = segmentSlug(name);
      expect(slug).toMatch(/^[0-9a-f]{8}$/);
      expect(segmentSlug(name)).toBe(slug);
    },
  );

  it('is locked, so a published address does not move between releases', () => {
    expect(segmentSlug('🚀')).toBe('7fa78ada');
  });

  it('gives different names different hashes', () => {
    const names = ['🚀', '🚁', '!!!', '???', '---', '...'];
    expect(new Set(names.map(segmentSlug)).size).toBe(names.length);
  });

  it('keeps a keycap digit as the digit', () => {
    expect(segmentSlug('1️⃣')).toBe('1');
  });
});

describe('lessonRouteSlug', () => {
  it('slugs each folder and the file name, without the extension', () => {
    expect(lessonRouteSlug('Releasing/Feature flags.mdx')).toBe('releasing/feature-flags');
    expect(lessonRouteSlug('учения/Урок 1.mdx')).toBe('учения/урок-1');
    expect(lessonRouteSlug('基础/第一课.md')).toBe('基础/第一课');
  });

  it('keeps the address release 0.1.0 gave every name it could publish (progress is keyed by it)', () => {
    // Outputs of 0.1.0's rule (NFKD, accents dropped, ASCII only) for names that had one.
    const released: [string, string][] = [
      ['02-Release_safety', '02-release-safety'],
      ['Blue Green_deploys', 'blue-green-deploys'],
      ['Café', 'cafe'],
      ['Déjà vu', 'deja-vu'],
      ['naïve résumé', 'naive-resume'],
      ['Ångström', 'angstrom'],
      ['Feature flags.v2', 'feature-flags.v2'],
      ['  spaced  out ', 'spaced-out'],
      ['ÉCOLE Normale', 'ecole-normale'],
    ];
    for (const [name, address] of released) expect(segmentSlug(name), name).toBe(address);
  });
});
