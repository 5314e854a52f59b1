/**
 * A guide's own `public/` folder (`<guide>/public/images/flow.svg`), published at the site's
 * base (`<base>images/flow.svg`) beside the generator's `public/`; a file of the guide's wins
 * (a guide may bring its own `favicon.svg`). The build copies it into the site; the dev server
 * serves it.
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';
import { GUIDE_PUBLIC_DIR } from '../lib/content/model';

/** Content types of the files a guide most often publishes; anything else is sent as bytes. */
const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

/** The guide's `public/` folder. */
export function guidePublicDir(contentDir: string): string {
  return join(contentDir, GUIDE_PUBLIC_DIR);
}

/** Copies the guide's `public/` folder into the built site in `dir`. */
export function copyGuidePublic(contentDir: string, dir: string): void {
  const from = guidePublicDir(contentDir);
  if (existsSync(from)) cpSync(from, dir, { recursive: true, force: true });
}

/** In `astro dev`, serves the guide's `public/` files under the base. */
export function serveGuidePublic(contentDir: string, base: string): Plugin {
  const root = guidePublicDir(contentDir);
  return {
    name: 'mnemo:guide-public',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(req.url?.split('?')[0] ?? '');
        if (!path.startsWith(base)) return next();
        const file = normalize(join(root, path.slice(base.length)));
        if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('content-type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}
