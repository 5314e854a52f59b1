/**
 * What a set of figures was measured with: the generator's commit and the versions of Astro,
 * MDX and Pagefind that both sites use (the project's node_modules), since figures move with both.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The commit the generator is at (12 hex digits), `+changes` when the tree differs, or `unknown`. */
export function commit(root: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short=12', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') ? `${head}+changes` : head;
  } catch {
    // Not a git checkout (an unpacked archive): the figures still stand, unlabelled.
    return 'unknown';
  }
}

/** Installed versions of the packages both sites build with, e.g. `astro 7.3.5`. */
export function toolVersions(root: string): string {
  return ['astro', '@astrojs/mdx', 'pagefind']
    .map((name) => {
      try {
        const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
        return `${name} ${version}`;
      } catch {
        return `${name} (not installed)`;
      }
    })
    .join(', ');
}
