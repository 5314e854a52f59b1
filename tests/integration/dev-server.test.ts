/**
 * `npm run dev` on a guide. The dev server loads the integration through Vite's module runner,
 * not through Node as a build does, so what works in a build can fail there (an `import()` in
 * a hook, once the runner has closed): the server must start and serve a lesson with its
 * self-check.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

describe('npm run dev', () => {
  it('starts on a guide and serves a lesson with its self-check', async () => {
    const { content } = makeGuide({
      'intro.mdx': '---\ntitle: Intro\n---\n\n<Question id="pick">\nWhich one?\n\n<Choice correct>This one</Choice>\n<Choice>That one</Choice>\n</Question>\n',
    });
    const port = await freePort();
    const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      // Not Vitest's own environment: with it, the dev server answered every lesson with a 404.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, MNEMO_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => server.once('exit', done));
    try {
      const ready = await Promise.race([
        new Promise<boolean>((done) => {
          const poll = setInterval(() => /ready in \d+/.test(output) && (clearInterval(poll), done(true)), 200);
          void exited.then(() => (clearInterval(poll), done(false)));
        }),
        new Promise<boolean>((done) => setTimeout(() => done(false), 150_000)),
      ]);
      expect(ready, output).toBe(true);
      const response = await fetch(`http://127.0.0.1:${port}/intro/`);
      const html = await response.text();
      expect(response.status, html.slice(0, 1500)).toBe(200);
      expect(html).toContain('<mnemo-question');
      expect(html).toContain('Which one?');
      expect(output).not.toContain('[ERROR] [mnemo]');
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
  }, 180_000);
});
