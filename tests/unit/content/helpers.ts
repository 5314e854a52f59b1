import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a throwaway project with `content/` holding the given files; returns its paths. */
export function makeGuide(files: Record<string, string>): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'mnemo-test-'));
  const content = join(root, 'content');
  for (const [path, text] of Object.entries({ '_guide.yaml': 'title: Test guide\n', ...files })) {
    const full = join(content, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { root, content };
}
