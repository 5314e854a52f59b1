// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeShiki, unified } from '@astrojs/markdown-remark';
import { mnemo } from './src/integrations/mnemo';
import { search } from './src/integrations/search';
import { projectPaths } from './src/lib/paths';
import { loadSettings } from './src/lib/settings';
import { CodeStyleRegistry, codeTransformers } from './src/lib/markdown/code-styles';
import { remarkLessonTitle } from './src/lib/markdown/remark-lesson-title';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links';
import { remarkCollectLinks } from './src/lib/markdown/remark-collect-links';
import { remarkSelfChecks } from './src/lib/checks/remark-self-checks';

const paths = projectPaths(fileURLToPath(new URL('.', import.meta.url)));
const settings = loadSettings(paths.content, paths.root);
const codeStyles = new CodeStyleRegistry();
/** @type {import('./src/lib/links').LessonLink[]} */
const links = [];
/** @type {import('./src/integrations/mnemo').CompiledLessons} */
const compiled = new Map();
/** Keeps each lesson's self-checks as the compile finds them, for the mnemo integration. */
const onLesson = (/** @type {string} */ path, /** @type {import('./src/lib/checks/validate-guide').AnalysedLesson} */ lesson) =>
  compiled.set(resolve(path), lesson);
// Each guide and output folder gets its own cache, so builds running side by side (the tests
// build one guide for two hosts at once) never share one.
const cacheKey = createHash('sha1').update(`${paths.content}\n${paths.out}`).digest('hex').slice(0, 10);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  outDir: paths.out,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Every page carries a strict Content-Security-Policy (a <meta> tag with hashes of its inline
  // scripts and styles), so the site is safe on any static host. Search needs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkLessonTitle,
        [remarkCollectLinks, { contentDir: paths.content, rootDir: paths.root, links }],
        [remarkSelfChecks, { contentDir: paths.content, rootDir: paths.root, onLesson }],
      ],
      rehypePlugins: [
        // Shiki runs here rather than as Astro's built-in highlighter: our transformers move its
        // inline colours into a stylesheet, so the strict CSP below holds.
        [rehypeShiki, { themes: { light: 'github-light', dark: 'github-dark-default' }, transformers: codeTransformers(codeStyles) }],
        [rehypeBaseLinks, { base: settings.base }],
      ],
      smartypants: true,
    }),
    syntaxHighlight: false,
  },
  integrations: [
    mnemo({ paths, settings, codeStyles, links, compiled }),
    search(),
    mdx(),
    ...(settings.site ? [sitemap()] : []),
  ],
});
