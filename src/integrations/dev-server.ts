/**
 * What the dev server serves that a build writes into the site: the code-colour stylesheet
 * (`_mnemo/code.css`) and the guide's own `public/` files, both under the base.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { CodeStyleRegistry } from '../lib/markdown/code-styles';
import { guidePublicDir } from './guide-public';

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

/** In `astro dev`, serves the code colours of the lessons compiled so far, and the guide's `public/` files. */
export function devFiles(contentDir: string, base: string, codeStyles: CodeStyleRegistry): Plugin {
  const root = guidePublicDir(contentDir);
  return {
    name: 'mnemo:dev-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(req.url?.split('?')[0] ?? '');
        if (path === `${base}_mnemo/code.css`) {
          res.setHeader('content-type', 'text/css');
          res.end(codeStyles.css());
          return;
        }
        if (!path.startsWith(base)) return next();
        const file = normalize(join(root, path.slice(base.length)));
        if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('content-type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}
