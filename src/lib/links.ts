import { closestName } from './suggest';
import type { Problem } from './problems';

/** A link written in a lesson, where it was written. */
export interface LessonLink {
  file: string;
  /** Route slug of the lesson it was written in. */
  lesson: string;
  url: string;
  line: number;
  column: number;
}

/** What the built site holds, for checking links against it. */
export interface BuiltSite {
  base: string;
  /** Does a file exist at this path (relative to the site's root folder, no leading slash)? */
  hasFile(path: string): boolean;
  /** The element ids of the page at this path (relative, ending in `/`), or undefined if no such page. */
  pageIds(path: string): Set<string> | undefined;
  /** Every page path, for suggestions. */
  pages(): string[];
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks every internal link against the built site: a link to a page that does not exist, or
 * to an `#anchor` that the target page lacks, is a problem naming the file and line.
 * External links (`https:`, `mailto:` ...) are not checked: the build has no network.
 */
export function checkLinks(links: readonly LessonLink[], site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  const origin = 'http://site.invalid';
  for (const link of links) {
    if (!link.url || EXTERNAL.test(link.url)) continue;
    const from = new URL(`${site.base}${link.lesson}/`, origin);
    // Site-absolute links get the base added at render time (rehype-base-links); match that.
    const written = link.url.startsWith('/') && !link.url.startsWith(site.base) ? site.base.replace(/\/$/, '') + link.url : link.url;
    const target = new URL(written, from);
    const where = { file: link.file, line: link.line, column: link.column };
    if (!target.pathname.startsWith(site.base)) {
      problems.push({ ...where, message: `The link \`${link.url}\` leads outside the guide (to ${target.pathname}).`, fix: `Write a path inside the guide, relative to this page or starting with \`/\`, e.g. \`/${site.pages()[0] ?? ''}\`.` });
      continue;
    }
    const path = decodeURIComponent(target.pathname.slice(site.base.length));
    const pagePath = path === '' || path.endsWith('/') ? path : site.hasFile(path) ? undefined : `${path}/`;
    if (pagePath === undefined) continue; // a file, such as an image in public/
    const ids = site.pageIds(pagePath);
    if (!ids) {
      const guess = closestPath(pagePath, site.pages());
      problems.push({ ...where, message: `The link \`${link.url}\` points to /${pagePath}, which is not a page of this guide.`, fix: guess ? `Did you mean the lesson at /${guess}? Write its path, relative to this page or from the guide's root, e.g. \`/${guess}\`.` : 'Link to an existing lesson.' });
      continue;
    }
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && !ids.has(anchor)) {
      const guess = closestName(anchor, [...ids]);
      problems.push({ ...where, message: `The link \`${link.url}\` points to the anchor #${anchor}, which /${pagePath} does not have.`, fix: guess ? `Did you mean \`#${guess}\`?` : 'Link to a heading, question or flashcard id that exists on that page.' });
    }
  }
  return problems;
}

function closestPath(path: string, pages: string[]): string | undefined {
  const last = (p: string) => p.replace(/\/$/, '').split('/').pop() ?? '';
  const byName = closestName(last(path), pages.map(last));
  return byName === undefined ? undefined : pages.find((p) => last(p) === byName);
}
