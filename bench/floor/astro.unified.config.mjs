// @ts-check
/**
 * The floor: what Astro 7 and `@astrojs/mdx` do out of the box with the same lessons, their
 * self-checks written as plain HTML. Astro's default Markdown processor and highlighter are
 * left as they are (the floor is what any author gets without a generator); only the Shiki
 * themes are Mnemo's light and dark pair, so both sites colour code blocks alike. Search is the
 * Pagefind CLI, run by scripts/bench/sites.ts as its own process after this build.
 *
 * Built by `npm run bench`, which sets BENCH_CONTENT (the generated lessons), BENCH_OUT (the
 * site) and BENCH_CACHE (a fresh cache folder, as Mnemo drops its content cache each build).
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: build this project with \`npm run bench\`.`);
  return value;
};

export default defineConfig({
  outDir: required('BENCH_OUT'),
  cacheDir: required('BENCH_CACHE'),
  trailingSlash: 'always',
  // The same page addresses as Mnemo's (`<section>/<lesson>/index.html`), so the same page is compared.
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { processor: unified(), shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' } } },
  integrations: [mdx()],
});
