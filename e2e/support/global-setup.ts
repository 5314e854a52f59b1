import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { buildSite } from '../../scripts/lib/build-site';
import { findChromium } from './browser';
import { serveStatic } from './server';
import { allSites, outsideCopy, PORT, ROOT, ROOT_PORT, ROOT_SITE, SITES_DIR, type Site } from './sites';

/**
 * Builds the sites one after another: Astro keeps generated modules in the project's `.astro/`
 * folder, which two builds running at once would share (a lesson then fails to render).
 */
async function buildAll(sites: Site[]) {
  const queue = [...sites];
  const failures: string[] = [];
  const worker = async () => {
    for (let site = queue.shift(); site; site = queue.shift()) {
      const out = join(SITES_DIR, site.name);
      if (process.env.MNEMO_E2E_REUSE && existsSync(join(out, 'index.html'))) continue;
      rmSync(out, { recursive: true, force: true });
      const content = site.outside ? outsideCopy(site) : site.content;
      const result = await buildSite({ root: ROOT, content, out, base: site.base });
      console.log(`[e2e] built ${site.name} (${site.base}) in ${(result.ms / 1000).toFixed(1)} s`);
      if (!result.ok) failures.push(`${site.name}:\n${result.output.slice(-4000)}`);
    }
  };
  await worker();
  if (failures.length) throw new Error(`Fixture builds failed:\n${failures.join('\n\n')}`);
}

/**
 * Builds every fixture site with the real generator, then serves them the way a static host
 * would: each under its sub-path on PORT, and the root variant at `/` on ROOT_PORT.
 */
export default async function globalSetup() {
  findChromium(); // fail first, with install instructions, when there is no browser
  const sites = allSites();
  await buildAll(sites);
  const servers: Server[] = [
    await serveStatic(sites.filter((s) => s.base !== '/').map((s) => ({ prefix: s.base, dir: join(SITES_DIR, s.name) })), PORT),
    await serveStatic([{ prefix: '/', dir: join(SITES_DIR, `${ROOT_SITE}-root`) }], ROOT_PORT),
  ];
  return async () => {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  };
}
