import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Where global setup writes the built fixture sites. */
export const SITES_DIR = join(ROOT, 'e2e/.sites');
/** Port of the static server that serves every built site under its own sub-path. */
export const PORT = Number(process.env.MNEMO_E2E_PORT ?? 4817);
/** Port of the second server, which serves `ROOT_SITE` from `/`. */
export const ROOT_PORT = PORT + 1;
/** The fixture also built for the root of a host, to prove both layouts work. */
export const ROOT_SITE = 'basic';
/** The fixture built from a copy outside the project, as an author's own guide folder would be. */
export const OUTSIDE_SITE = 'outside';

/** One guide that the end-to-end tests build and serve. */
export interface Site {
  /** Folder name under e2e/.sites, and its sub-path: the site is served at `/<name>/`. */
  name: string;
  /** The guide's content folder. */
  content: string;
  /** The Astro base the site is built with. */
  base: string;
  /** Build it from a copy outside the project (`outsideCopy`). */
  outside?: boolean;
}

/** A fresh copy of a site's guide folder in the system's temporary folder, outside the project. */
export function outsideCopy(site: Site): string {
  const copy = join(tmpdir(), 'mnemo-e2e-outside', site.name);
  rmSync(copy, { recursive: true, force: true });
  cpSync(site.content, copy, { recursive: true });
  return copy;
}

/**
 * Every site the tests use: the sample guide in `content/` (as `/sample/`), each guide in
 * `e2e/fixtures/<name>/` (as `/<name>/`), and `ROOT_SITE` once more for the root of a host
 * (as `<name>-root`, base `/`). A fixture is any folder there with a `_guide.yaml`.
 */
export function allSites(): Site[] {
  const fixtures = readdirSync(join(ROOT, 'e2e/fixtures'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'e2e/fixtures', entry.name, '_guide.yaml')))
    .map((entry) => ({ name: entry.name, content: join(ROOT, 'e2e/fixtures', entry.name), base: `/${entry.name}/`, ...(entry.name === OUTSIDE_SITE ? { outside: true } : {}) }));
  const root = fixtures.find((site) => site.name === ROOT_SITE);
  const sites = [
    { name: 'sample', content: join(ROOT, 'content'), base: '/sample/' },
    ...fixtures,
    ...(root ? [{ name: `${ROOT_SITE}-root`, content: root.content, base: '/' }] : []),
  ];
  // While working on one feature, MNEMO_E2E_SITES=basic,checks builds only those sites.
  const only = process.env.MNEMO_E2E_SITES?.split(',').map((s) => s.trim());
  return only ? sites.filter((site) => only.includes(site.name)) : sites;
}

/** The URL of a page of a site on the sub-path server, e.g. `siteUrl('basic', 'intro/')`. */
export function siteUrl(name: string, path = ''): string {
  return `http://127.0.0.1:${PORT}/${name}/${path}`;
}
