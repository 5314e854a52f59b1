/**
 * Byte budgets of the review core as browser code: the review page may load at most 20 KB gzip
 * of JavaScript in all, and every page's header reads the due count. esbuild comes with Astro.
 */
import { describe, expect, it } from 'vitest';
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Stand-ins for the build's virtual modules: the review configuration, and a module URL. */
const virtualModules: Plugin = {
  name: 'virtual-modules',
  setup(build) {
    build.onResolve({ filter: /^virtual:mnemo\// }, (args) => ({ path: args.path, namespace: 'virtual' }));
    build.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
      loader: 'js',
      contents:
        args.path === 'virtual:mnemo/review'
          ? 'export const base = "/guide/", progressKey = "mnemo:progress:/guide/", reviewKey = "mnemo:review:/guide/", newPerDay = 20, retention = 0.9, shuffle = false, lang = "en";'
          : 'export default "/guide/_astro/review-sync.0123abcd.js";',
    }));
  },
};

/** The gzip size (level 9) of a minified ES module bundle of `source`, and its text. */
async function bundle(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [virtualModules],
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

describe('review core bundle', () => {
  it('stays within 12 KB gzip with ts-fsrs, leaving 8 KB of the page’s 20 KB to its interface', async () => {
    const { code, gzip } = await bundle("export * from './src/review/index.ts';");
    expect(code).toContain('request_retention'); // ts-fsrs is in it
    expect(gzip).toBeLessThan(12_000);
  });

  it('gives the header’s due count without ts-fsrs, in under 1 KB', async () => {
    const { code, gzip } = await bundle(
      "import { dueToday } from './src/review/due.ts'; import { readReviewStates } from './src/review/read-state.ts';" +
        'export const count = (raw, now) => dueToday(readReviewStates(raw), now);',
    );
    expect(code).not.toContain('request_retention');
    expect(gzip).toBeLessThan(1_000);
  });

  it('keeps the header’s script, loaded on every page, under 1 KB with its listeners and without ts-fsrs', async () => {
    // Everything it loads, even the parts lesson pages share with it (events.ts).
    const { code, gzip } = await bundle("import './src/review/client/watch.ts';");
    expect(code).toContain('mnemo-due');
    expect(code).not.toContain('request_retention');
    console.log(`[budget] header due count (src/review/client/watch.ts and its imports): ${gzip} B gzip`);
    expect(gzip).toBeLessThan(1_000);
  });
});
