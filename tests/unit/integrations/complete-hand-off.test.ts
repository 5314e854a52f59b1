import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { astroEnvironment, completeHandOff } from '../../../scripts/build/run';
import { en } from '../../../src/i18n/en';
import { handPages } from '../../../src/integrations/finish-pages';
import type { HandOff } from '../../../src/integrations/hand-off';
import { lessonGlob } from '../../../src/integrations/search-index';
import { loadGuide } from '../../../src/lib/content/model';
import { BODY_PLACEHOLDER } from '../../../src/print/build/assemble';
import { MARKERS } from '../../../src/print/lesson';
import { makeGuide } from '../content/helpers';

/** A staged site of two lessons, as `astro build` leaves it for `npm run build`, and its hand-off. */
function staged(): { handOff: HandOff; staging: string; out: string } {
  const paths = makeGuide({
    'intro.mdx': '---\ntitle: Intro\n---\n\nText.\n',
    'releasing/canary.mdx': '---\ntitle: Canary\n---\n\nText.\n',
  });
  const guide = loadGuide(paths.content, paths.root);
  const staging = mkdtempSync(join(tmpdir(), 'mnemo-staging-'));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), html);
  };
  write('print/index.html', `<!doctype html><html lang="en"><body>${BODY_PLACEHOLDER}</body></html>`);
  for (const lesson of guide.lessons) {
    const content = `${MARKERS.start}<p>All about ${lesson.title}, searchable.</p>${MARKERS.end}`;
    write(`${lesson.slug}/index.html`, `<!doctype html><html lang="en"><head><title>${lesson.title}</title></head><body><main id="main"><article data-pagefind-body><h1>${lesson.title}</h1><div class="mn-content">${content}</div></article></main></body></html>`);
  }
  const out = join(mkdtempSync(join(tmpdir(), 'mnemo-out-')), 'site');
  const pages = handPages({ guide, checks: [], base: '/', ui: en }, paths);
  const handOff: HandOff = JSON.parse(JSON.stringify({ staging, out, search: { glob: lessonGlob(guide.lessons.map((l) => l.slug)) }, pages }));
  return { handOff, staging, out };
}

afterEach(() => vi.restoreAllMocks());

describe("npm run build's steps once Astro has exited", () => {
  it('indexes the staged site while filling its print page, then publishes it', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { handOff, out } = staged();
    expect(await completeHandOff(handOff)).toBe(0);
    expect(readFileSync(join(out, 'print/index.html'), 'utf8')).toContain('All about Canary, searchable.');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(2);
  });

  it.runIf(process.platform === 'linux')('calls `onIndexing` once Pagefind runs, so that lowering the thread’s priority there leaves Pagefind’s own', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { handOff, out } = staged();
    // The commands of the processes this process's threads have started (Linux's /proc).
    const children = () =>
      readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)).map((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        } catch {
          return '';
        }
      });
    const running: string[][] = [];
    expect(await completeHandOff(handOff, undefined, () => running.push(children()))).toBe(0);
    expect(running).toHaveLength(1);
    expect(running[0]!.some((command) => command.includes('pagefind'))).toBe(true);
    expect(existsSync(join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('starts while Astro is still ending, and publishes only once Astro has exited', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { handOff, staging, out } = staged();
    let exited!: (code: number) => void;
    const done = completeHandOff(handOff, new Promise<number>((resolve) => (exited = resolve)));
    // Pagefind has written the index into the staged site: all that is left waits for Astro.
    for (let waited = 0; !existsSync(join(staging, 'pagefind/pagefind-entry.json')) && waited < 20_000; waited += 50) await new Promise((wake) => setTimeout(wake, 50));
    await new Promise((wake) => setTimeout(wake, 200));
    expect(existsSync(out)).toBe(false);
    exited(0);
    expect(await done).toBe(0);
    expect(existsSync(join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it("returns Astro's exit code and publishes nothing when Astro fails after handing off", async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { handOff, out } = staged();
    expect(await completeHandOff(handOff, Promise.resolve(3))).toBe(3);
    expect(existsSync(out)).toBe(false);
  });

  it('prints the report and publishes nothing when a finished page has a problem, once Pagefind has stopped', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => (errors.push(String(text)), true));
    const { handOff, staging, out } = staged();
    rmSync(join(staging, 'intro'), { recursive: true });
    expect(await completeHandOff(handOff)).toBe(1);
    expect(errors.join('')).toMatch(/^intro\.mdx: The build produced no page for this lesson\./m);
    expect(existsSync(out)).toBe(false);
    // Pagefind had finished writing into the staged site before the build stopped.
    expect(existsSync(join(staging, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});

describe("the environment npm run build gives astro build", () => {
  it("turns Node's compile cache on in the project's cache folder, and keeps the caller's own choice", () => {
    const env = astroEnvironment({ MNEMO_OUT: 'site' });
    expect(env.NODE_COMPILE_CACHE).toBe(join(import.meta.dirname, '../../../node_modules/.cache/mnemo-build'));
    expect(env.MNEMO_OUT).toBe('site');
    expect(astroEnvironment({ NODE_COMPILE_CACHE: '/elsewhere' }).NODE_COMPILE_CACHE).toBe('/elsewhere');
  });
});
