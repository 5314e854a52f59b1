import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration } from '../../../src/i18n/time';

const day = Date.UTC(2026, 10, 30, 12);

describe('dates and durations in the guide’s language', () => {
  it('writes a day as the language does', () => {
    expect(formatDate(day, 'en')).toBe('Nov 30, 2026');
    expect(formatDate(day, 'de')).toBe('30.11.2026');
    expect(formatDate(day, 'zh-CN')).toBe('2026年11月30日');
    expect(formatDate(new Date(day), 'ar-EG')).toMatch(/^٣٠.*١١.*٢٠٢٦$/);
  });

  it('writes durations with the language’s units, plural forms and list joining', () => {
    expect(formatDuration(3_900_000, 'en')).toBe('1 hour, 5 minutes');
    expect(formatDuration(3_900_000, 'fr')).toMatch(/^1\sheure et 5\sminutes$/);
    expect(formatDuration(3_900_000, 'ru')).toBe('1 час 5 минут');
    expect(formatDuration(125_000, 'ru')).toBe('2 минуты 5 секунд');
    expect(formatDuration(125_000, 'ar')).toBe('دقيقتان و5 ثوان');
    expect(formatDuration(3_900_000, 'zh')).toBe('1小时5分钟');
  });

  it('leaves out zero units and, from ten minutes up, the seconds', () => {
    expect(formatDuration(7_200_000, 'en')).toBe('2 hours');
    expect(formatDuration(659_999, 'en')).toBe('10 minutes');
    expect(formatDuration(599_000, 'en', 'short')).toBe('9 min, 59 sec');
    expect(formatDuration(-5, 'en')).toBe('0 seconds');
  });
});
