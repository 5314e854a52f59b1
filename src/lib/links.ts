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

/** What the site will hold, for checking links against it before any page renders. */
export interface SiteMap {
  base: string;
  /** Will a file be at this path (relative to the site's root folder, no leading slash)? */
  hasFile(path: string): boolean;
  /**
   * The element ids of the page at this path (relative, ending in `/`); `'unchecked'` for a
   * page whose ids are not known before it renders (the home page, sections, study pages);
   * undefined if there is no such page.
   */
  pageIds(path: string): Set<string> | 'unchecked' | undefined;
  /** Every page path, for suggestions. */
  pages(): string[];
  /** Every file path, for suggestions. */
  files(): string[];
  /** The address of the lesson written in this file (relative to the guide's folder), e.g. `releasing/canary.mdx` -> `releasing/canary/`. */
  lessonAddress?(guideFile: string): string | undefined;
  /** Is there a file at this path in the guide's folder (where lessons are, not `public/`)? */
  inGuide?(guideFile: string): boolean;
}

/** A URL with a scheme (`https:`, `mailto:`, `data:`) or protocol-relative: outside the guide. */
export const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The fix for a link to a file in the guide's folder (`path`, relative to it): a lesson's
 * source (`./canary.mdx`) rather than its address, or a file beside the lessons, which is not
 * published (only files in `public/` and Markdown images are).
 */
function guideFileFix(path: string, site: SiteMap): string | undefined {
  const address = /\.mdx?$/i.test(path) ? site.lessonAddress?.(path) : undefined;
  if (address !== undefined) return `Link the lesson's address, not its file: write \`/${address}\`.`;
  if (!site.inGuide?.(path)) return undefined;
  const name = path.split('/').pop();
  return `\`${path}\` is in the guide's folder, but only files in \`public/\` are published: move it to \`public/${name}\` and link \`/${name}\`; for an image, write \`![description](./${name})\` instead.`;
}

/**
 * Checks every internal link against the site: a link to a page that will not exist, or to
 * an `#anchor` that the target page will lack, is a problem naming the file and line.
 * External links (`https:`, `mailto:` ...) are not checked: the build has no network.
 * `lessonDir` gives the folder (relative to the guide's) of the lesson a link is written in.
 */
export function checkLinks(links: readonly LessonLink[], site: SiteMap, lessonDir: (lesson: string) => string = () => ''): Problem[] {
  const problems: Problem[] = [];
  const origin = 'http://site.invalid';
  for (const link of links) {
    if (!link.url || EXTERNAL.test(link.url)) continue;
    const from = new URL(`${site.base}${link.lesson}/`, origin);
    // Site-absolute links get the base added at render time (lib/markdown/base-links.ts); match that.
    const written = link.url.startsWith('/') && !link.url.startsWith(site.base) ? site.base.replace(/\/$/, '') + link.url : link.url;
    const target = new URL(written, from);
    const where = { file: link.file, line: link.line, column: link.column };
    if (!target.pathname.startsWith(site.base)) {
      problems.push({ ...where, message: `The link \`${link.url}\` leads outside the guide (to ${target.pathname}).`, fix: `Write a path inside the guide, relative to this page or starting with \`/\`, e.g. \`/${site.pages()[0] ?? ''}\`.` });
      continue;
    }
    const path = decodeURIComponent(target.pathname.slice(site.base.length));
    if (path !== '' && !path.endsWith('/') && site.hasFile(path)) continue; // a file, such as an image in public/
    const pagePath = path === '' || path.endsWith('/') ? path : `${path}/`;
    const ids = site.pageIds(pagePath);
    if (!ids) {
      const source = link.url.startsWith('/') ? undefined : link.url.split(/[?#]/)[0]!;
      const local = source ? guideFileFix(decodeURIComponent(new URL(source, `file:///${lessonDir(link.lesson)}`).pathname.slice(1)), site) : undefined;
      const isFile = /\.[a-z0-9]+$/i.test(path);
      const guess = isFile ? closestPath(path, site.files()) : closestPath(pagePath, site.pages());
      problems.push({
        ...where,
        message: isFile ? `The link \`${link.url}\` points to /${path}, which is not a file of this guide.` : `The link \`${link.url}\` points to /${pagePath}, which is not a page of this guide.`,
        fix:
          local ??
          (guess
            ? `Did you mean ${isFile ? '' : 'the lesson at '}/${guess}? Write its path, relative to this page or from the guide's root, e.g. \`/${guess}\`.`
            : isFile
              ? 'Put the file in the `public/` folder of the guide and link it from the root, e.g. `/files/notes.pdf` for `public/files/notes.pdf`.'
              : 'Link to an existing lesson.'),
      });
      continue;
    }
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && ids !== 'unchecked' && !ids.has(anchor)) {
      const guess = closestName(anchor, [...ids]);
      problems.push({ ...where, message: `The link \`${link.url}\` points to the anchor #${anchor}, which /${pagePath} does not have.`, fix: guess ? `Did you mean \`#${guess}\`?` : 'Link to a heading, question or flashcard id that exists on that page.' });
    }
  }
  return problems;
}

/** The path in `paths` whose last segment is closest to `path`'s. */
export function closestPath(path: string, paths: string[]): string | undefined {
  const last = (p: string) => p.replace(/\/$/, '').split('/').pop() ?? '';
  const byName = closestName(last(path), paths.map(last));
  return byName === undefined ? undefined : paths.find((p) => last(p) === byName);
}
