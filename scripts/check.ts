/**
 * `npm run check`: every problem of the guide, as the build reports it, without building:
 * settings, frontmatter, self-checks, expressions, components, ids, links, anchors and
 * images, in one report with paths relative to the guide's folder. Exit code 0 when there is
 * none, 1 when there are problems, 2 when the check itself could not run.
 *
 *   npm run check                                  the guide in content/
 *   MNEMO_CONTENT=../my-guide npm run check        another guide
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// Node keeps the compiled (and type-stripped) generator between runs: a second check starts faster.
enableCompileCache(join(import.meta.dirname, '..', 'node_modules', '.cache', 'mnemo-check'));
await import('./lib/extensionless.ts');

const { runCheck } = await import('./check/run.ts');
process.exitCode = runCheck(process.env, process.stdout, process.stderr);
