/**
 * `npm run build`: builds the guide with `astro build`, then writes its search index as Astro's
 * process ends and publishes it once Astro has exited: Pagefind never runs beside Astro's
 * compile and render, so the build's peak memory is about Astro's rather than Astro's plus
 * Pagefind's. Takes Astro's flags and environment as `astro build` does; running
 * `astro build` directly still gives the same site (it indexes inside Astro's process).
 *
 *   npm run build                                       the guide in content/ into dist/
 *   MNEMO_CONTENT=../my-guide npm run build -- --base /guide/
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// Node keeps the compiled (and type-stripped) generator between runs: the next build starts faster.
enableCompileCache(join(import.meta.dirname, '..', 'node_modules', '.cache', 'mnemo-build'));
await import('./lib/extensionless.ts');

const { runBuild } = await import('./build/run.ts');
process.exitCode = await runBuild(process.argv.slice(2), process.env);
