/** Sizes of a built site: everything in it, its search index, and one page compressed. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Total bytes of the files under `dir`, or undefined when it does not exist. */
export function folderBytes(dir: string): number | undefined {
  if (!existsSync(dir)) return undefined;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Sizes of the page at `<site>/<slug>/index.html`: raw and gzip (level 9, as served pre-compressed). */
export function pageBytes(site: string, slug: string): { raw: number; gzip: number } | undefined {
  const file = join(site, slug, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file);
  return { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
}
