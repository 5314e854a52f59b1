/**
 * What a built page loads as JavaScript before any interaction: its module scripts (inline
 * or linked) and everything they import statically, with gzip sizes. Used by the budget
 * tests; dynamic `import()`s (loaded on demand, like search) are not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One script a page loads: its site path ('inline' for inline ones), code and gzip bytes. */
export interface LoadedScript {
  path: string;
  code: string;
  gzip: number;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/**
 * Every script a page of the site in `siteDir` (built under `base`) loads up front.
 * @param page the page's path under the site, e.g. 'intro/'
 */
export function pageScripts(siteDir: string, base: string, page: string): LoadedScript[] {
  const html = readFileSync(join(siteDir, page, 'index.html'), 'utf8');
  const seen = new Map<string, LoadedScript>();
  const visit = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    const file = join(siteDir, sitePath);
    if (!existsSync(file)) throw new Error(`The page loads ${sitePath}, which the site does not have.`);
    const code = readFileSync(file, 'utf8');
    seen.set(sitePath, { path: sitePath, code, gzip: gzipSync(code).length });
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(join(sitePath, '..', spec!));
  };
  const inline: LoadedScript[] = [];
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/type="module"/.test(attrs!)) continue;
    const src = /src="([^"]+)"/.exec(attrs!)?.[1];
    if (src) visit(src.startsWith(base) ? src.slice(base.length) : src);
    else {
      inline.push({ path: 'inline', code: body!, gzip: gzipSync(body!).length });
      for (const [, spec] of body!.matchAll(STATIC_IMPORT)) visit(spec!.startsWith(base) ? spec!.slice(base.length) : spec!);
    }
  }
  return [...seen.values(), ...inline];
}

/** The total gzip bytes of `scripts`. */
export const totalGzip = (scripts: LoadedScript[]): number => scripts.reduce((sum, s) => sum + s.gzip, 0);
