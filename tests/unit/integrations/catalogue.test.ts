import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../../src/checks/catalogue/collect';
import { CATALOGUE_INDEX, CHECKS_FILE, ITEMS_DIR, type CatalogueIndex } from '../../../src/checks/catalogue/write';
import type { CheckSpec } from '../../../src/checks/schema';
import { en } from '../../../src/i18n/en';
import { catalogueWriter } from '../../../src/integrations/catalogue';
import { writeFilesOffThread } from '../../../src/integrations/write-off-thread';
import { loadGuide } from '../../../src/lib/content/model';
import { makeGuide } from '../content/helpers';

const card = (id: string): CheckSpec => ({ kind: 'flashcard', id, lesson: 'cards', file: 'content/cards.mdx', line: 5, stem: `${id}?`, back: 'b' });
const item = (spec: CheckSpec): CatalogueItem => ({ spec, parts: { front: `<em>${spec.id}</em>`, back: '<p>b</p>' } });

function setUp() {
  const paths = makeGuide({ 'cards.mdx': '---\ntitle: Cards\n---\n\nText.\n' });
  const guide = loadGuide(paths.content, paths.root);
  const site = join(mkdtempSync(join(tmpdir(), 'mnemo-catalogue-')), 'site');
  const checks = [card('one'), card('two'), card('three')];
  const writer = catalogueWriter(site, guide, checks, en, 'en');
  const read = <T>(path: string) => JSON.parse(readFileSync(join(site, path), 'utf8')) as T;
  return { site, checks, writer, read };
}

describe('writing the catalogue of a build', () => {
  it('writes what the compile rendered first, then the items rendered with their pages, each once and whole', async () => {
    const { site, checks, writer, read } = setUp();
    const items = new Map(checks.slice(0, 2).map((spec) => [spec.id, item(spec)]));
    writer.start(items);
    // A page renders the third; a second rendering of the first is not what the catalogue keeps.
    items.set('three', item(checks[2]!));
    items.set('one', { spec: checks[0]!, parts: { front: 'changed', back: 'changed' } });
    await writer.finish(items);
    expect(readdirSync(join(site, ITEMS_DIR)).sort()).toEqual(['one.json', 'three.json', 'two.json']);
    expect(read(`${ITEMS_DIR}/one.json`)).toEqual({ spec: checks[0], parts: { front: '<em>one</em>', back: '<p>b</p>' } });
    expect(read(`${ITEMS_DIR}/three.json`)).toEqual({ spec: checks[2], parts: { front: '<em>three</em>', back: '<p>b</p>' } });
    expect(read<CatalogueIndex>(CATALOGUE_INDEX).lessons).toEqual([{ slug: 'cards', title: 'Cards', section: '', tags: [], questions: [], cards: ['one', 'two', 'three'] }]);
    expect(read<{ checks: CheckSpec[] }>(CHECKS_FILE).checks).toEqual(checks);
  });

  it('writes everything at the end when nothing rendered in the compile, or when it was never started', async () => {
    for (const startEarly of [true, false]) {
      const { site, checks, writer } = setUp();
      if (startEarly) writer.start(new Map());
      await writer.finish(new Map(checks.map((spec) => [spec.id, item(spec)])));
      expect(readdirSync(join(site, ITEMS_DIR)).sort()).toEqual(['one.json', 'three.json', 'two.json']);
    }
  });

  it("writes the verifier's view with its fields in order, one space of indent, as npm run verify reads it", async () => {
    const { site, checks, writer } = setUp();
    await writer.finish(new Map(checks.map((spec) => [spec.id, item(spec)])));
    const text = readFileSync(join(site, CHECKS_FILE), 'utf8');
    expect(text).toBe(JSON.stringify({ version: 2, lang: 'en', ui: en, exams: [], checks }, null, 1));
    expect(readFileSync(join(site, ITEMS_DIR, 'two.json'), 'utf8')).toBe(JSON.stringify({ spec: checks[1], parts: item(checks[1]!).parts }));
  });

  it("fails with the worker's own error when a file cannot be written", async () => {
    const { site, checks, writer } = setUp();
    // The site's folder is taken by a file, so no folder can be made in it.
    writeFileSync(site, 'not a folder');
    writer.start(new Map(checks.map((spec) => [spec.id, item(spec)])));
    await expect(writer.finish(new Map(checks.map((spec) => [spec.id, item(spec)])))).rejects.toThrow(/ENOTDIR|EEXIST/);
  });

  it('stops on a self-check that was never rendered, naming it and its line, and writes no item of its own', async () => {
    const { site, checks, writer } = setUp();
    await expect(writer.finish(new Map([['one', item(checks[0]!)]]))).rejects.toThrow('The self-check two (content/cards.mdx:5) was never rendered');
    expect(existsSync(join(site, ITEMS_DIR))).toBe(false);
  });
});

describe('writing files on a worker thread', () => {
  it('writes every file, making its folders, and fails with the error of a folder that cannot be made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnemo-write-'));
    await writeFilesOffThread([[join(dir, 'a/b/one.txt'), 'één'], [join(dir, 'a/two.txt'), '2']]);
    expect(readFileSync(join(dir, 'a/b/one.txt'), 'utf8')).toBe('één');
    expect(readFileSync(join(dir, 'a/two.txt'), 'utf8')).toBe('2');
    writeFileSync(join(dir, 'file'), '');
    await expect(writeFilesOffThread([[join(dir, 'file/under-a-file.txt'), 'x']])).rejects.toThrow(`EEXIST: file already exists, mkdir '${join(dir, 'file')}'`);
  });
});
