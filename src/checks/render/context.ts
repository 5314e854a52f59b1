/**
 * The render context of a guide's self-checks, from its settings and strings: one place for
 * the pages (lib/guide.ts) and the lesson compile that renders self-checks (build/prerender.ts).
 */
import type { UiStrings } from '../../i18n/en';
import { progressKey } from '../../lib/progress/store';
import type { RenderContext } from './types';

/**
 * What self-checks render with on a guide's pages: its progress key, shuffle setting, strings and language.
 * @example renderContextOf({ base: '/', shuffle: false, lang: 'en' }, ui).store // 'mnemo:progress:/'
 */
export function renderContextOf(settings: { base: string; shuffle: boolean; lang: string }, ui: UiStrings): RenderContext {
  return { store: progressKey(settings.base), shuffle: settings.shuffle, ui, lang: settings.lang };
}
