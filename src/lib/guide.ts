import { paths, settings, ui } from 'virtual:mnemo/project';
import { renderContextOf } from '../checks/render/context';
import type { RenderContext } from '../checks/render/types';
import { keptGuide } from './content/kept-guide';
import { loadGuide, type Guide } from './content/model';

let cached: Guide | undefined;

/**
 * The guide's structure for pages: in a build, the one the integration read (`keptGuide`).
 * Re-read on every call in `astro dev`, so new lessons appear.
 */
export function getGuide(): Guide {
  if (import.meta.env.DEV) return loadGuide(paths.content, paths.root);
  return (cached ??= keptGuide(paths.content) ?? loadGuide(paths.content, paths.root));
}

export { settings, ui };

/** What self-checks render with on this guide's pages: its progress key, shuffle setting and strings. */
export const renderContext: RenderContext = renderContextOf(settings, ui);

/** A site-relative URL under the configured base, always with a trailing slash for pages. */
export function href(slug: string): string {
  const base = settings.base;
  return slug ? `${base}${slug}/` : base;
}

/** A URL for a file under the base, e.g. `asset('_mnemo/code.css')`. */
export function asset(path: string): string {
  return `${settings.base}${path}`;
}
