import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A folder served under a URL prefix, e.g. `/guide/` -> `e2e/.sites/guide`. */
export interface Mount {
  prefix: string;
  dir: string;
}

/** Response headers every file gets, e.g. a Content-Security-Policy, or the headers for a request path. */
export type Headers = Record<string, string> | ((path: string) => Record<string, string>);

/**
 * A plain static file server, as a static host would behave: `dir/index.html` for folders,
 * a redirect to add the trailing slash, and the site's own `404.html` with status 404 for
 * unknown paths. Nothing is rendered on request.
 */
export function serveStatic(mounts: Mount[], port: number, given: Headers = {}): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const headers = typeof given === 'function' ? given(url.pathname) : given;
    const mount = mounts.filter((m) => path.startsWith(m.prefix) || path + '/' === m.prefix).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).pipe(res);
    };
    if (!mount) {
      res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('Not found');
      return;
    }
    if (path + '/' === mount.prefix) {
      res.writeHead(301, { location: mount.prefix }).end();
      return;
    }
    const relative = normalize(path.slice(mount.prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(mount.dir, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: path + '/' + url.search }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    const notFound = join(mount.dir, '404.html');
    if (existsSync(notFound)) return send(404, notFound);
    res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
