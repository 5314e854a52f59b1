/**
 * A build writes its site into a staging folder inside the project, and the site replaces the
 * output folder only once the whole build has succeeded. So a failed build leaves the
 * previous site as it was (never half-written), and the output folder may be anywhere:
 * Astro 7 decides whether the output folder is "inside the project" with a plain prefix test
 * of its path, so an output folder such as `~/guide-site` beside a project in `~/guide` was
 * taken for inside it, and its prerendered pages failed to find the project's packages
 * ("Cannot find package '@oslojs/encoding'"). The staging folder is truly inside.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { ProjectPaths } from '../lib/paths';
import type { Problem } from '../lib/problems';

/** What a deploy keeps in its output folder across builds (Astro keeps it too). */
const KEPT = '.git';

/** The staging folder of a build of `paths.content` into `paths.out`. */
export function stagingDir(paths: ProjectPaths): string {
  const key = createHash('sha1').update(`${paths.content}\n${paths.out}`).digest('hex').slice(0, 10);
  return join(paths.root, 'node_modules', '.astro', 'sites', key);
}

/** Whether `inner` is `outer` or inside it. */
export function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (path.split(sep)[0] !== '..' && !isAbsolute(path));
}

/**
 * The problem with an output folder that publishing would wipe something with: the project,
 * the guide, or a folder holding either.
 */
export function outputProblem(paths: ProjectPaths): Problem | undefined {
  const holds = within(paths.root, paths.out) ? 'the project' : within(paths.content, paths.out) ? "the guide's folder" : undefined;
  if (!holds) return undefined;
  return {
    file: relative(paths.root, paths.content) || '.',
    line: 0,
    column: 0,
    message: `The output folder ${paths.out} is or holds ${holds}, which each build would replace.`,
    fix: 'Set MNEMO_OUT to a folder of its own, e.g. `dist` (the default) or `../my-guide-site`.',
  };
}

/** Replaces the contents of `out` (keeping its `.git`) with those of `staging`, copying. */
function replaceContents(staging: string, out: string): void {
  for (const entry of readdirSync(out)) if (entry !== KEPT) rmSync(join(out, entry), { recursive: true, force: true });
  for (const entry of readdirSync(staging)) if (entry !== KEPT) cpSync(join(staging, entry), join(out, entry), { recursive: true });
  rmSync(staging, { recursive: true, force: true });
}

/** Moves `from` to `to`, copying when they are on different file systems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Publishes the built site in `staging` as `out`: swapped in by renaming where it can, so the
 * output folder holds either the previous site or the new one; `out/.git` is kept.
 */
export function publish(staging: string, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  if (!existsSync(out)) return move(staging, out);
  const previous = `${out}.mnemo-previous-${process.pid}`;
  try {
    renameSync(out, previous);
  } catch {
    // A folder that cannot be renamed (a mount point) gets its contents replaced instead.
    return replaceContents(staging, out);
  }
  move(staging, out);
  if (existsSync(join(previous, KEPT))) move(join(previous, KEPT), join(out, KEPT));
  rmSync(previous, { recursive: true, force: true });
}
