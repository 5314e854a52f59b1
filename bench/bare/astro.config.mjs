// @ts-check
/**
 * The benchmark's baseline: a bare Astro + MDX site over the same generated lessons, with the
 * same Markdown processor (`unified()` from @astrojs/markdown-remark, SmartyPants on) and the
 * same Shiki dual themes as Mnemo, and nothing else. Built by scripts/bench/run.ts, which sets
 * BENCH_CONTENT (the generated guide), BENCH_OUT (the site) and BENCH_CACHE (a fresh cache).
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
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ smartypants: true }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' } },
  },
  integrations: [mdx()],
});
