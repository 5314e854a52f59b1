import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

let nodes = 0;
const walkAll = {
  name: 'walk-all',
  options: { position: true },
  before(root) {
    const visit = (node) => {
      nodes++;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') void node.attributes?.length;
      if (node.position) void node.position.start.line;
      for (const child of node.children ?? []) visit(child);
    };
    visit(root);
  },
};
process.on('exit', () => console.error(`[walk] ${nodes} nodes`));
export default defineConfig({
  outDir: process.env.BENCH_OUT,
  cacheDir: process.env.BENCH_CACHE,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { processor: satteri({ mdastPlugins: [walkAll] }), shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' } } },
  integrations: [mdx()],
});
