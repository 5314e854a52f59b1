import { resolveStrings, type UiStrings } from '../../src/i18n';
import { text } from '../../src/i18n/format';
import { siteUrl } from '../support/sites';

/** One of the fixture guides in another language and script (e2e/fixtures/i18n-*). */
export interface Guide {
  site: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Its interface strings, as its language file words them. */
  ui: UiStrings;
  /** A page of it, by path below its base, e.g. `at('基础/发布策略/')`. */
  at(path?: string): string;
}

const guide = (site: string, lang: string, dir: Guide['dir']): Guide => ({ site, lang, dir, ui: resolveStrings(lang), at: (path = '') => siteUrl(site, encodeURI(path)) });

export const ru = guide('i18n-ru', 'ru', 'ltr');
export const zh = guide('i18n-zh', 'zh-CN', 'ltr');
export const ar = guide('i18n-ar', 'ar', 'rtl');
export const GUIDES = [ru, zh, ar];

export { text };
