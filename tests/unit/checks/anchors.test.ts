import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../../src/checks/build/validate-guide';
import { checkAnchors, shapedCheckAnchors } from '../../../src/checks/render/anchors';
import type { CheckSpec } from '../../../src/checks/schema';
import { resolveStrings } from '../../../src/i18n';

const content = join(import.meta.dirname, '../../../content');
const context = { store: '', shuffle: true, ui: resolveStrings('en'), lang: 'en' };

/** Every self-check of the sample guide, read from its lessons. */
function sampleChecks(): CheckSpec[] {
  const files = (readdirSync(content, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx'));
  return files.flatMap((file) => {
    const guideFile = relative(content, join(content, file));
    return analyseSource({ file: guideFile, guideFile, lesson: guideFile.replace(/\.mdx$/, ''), source: readFileSync(join(content, file), 'utf8') }).checks;
  });
}

describe('the ids of a self-check on its page', () => {
  const checks = sampleChecks();

  it('are the same found by shape as by rendering each self-check, for every self-check of the sample guide', () => {
    expect(new Set(checks.map((check) => check.kind)).size).toBeGreaterThanOrEqual(6);
    const shaped = shapedCheckAnchors(context);
    for (const check of checks) expect(shaped(check).sort(), check.id).toEqual(checkAnchors(check, context).sort());
  });

  it('follow what the shape holds: a question with one choice more has one feedback id more', () => {
    const choice = checks.find((check) => check.kind === 'single')!;
    const more = { ...choice, id: 'other', choices: [...choice.choices, { text: 'Another', correct: false }] } as CheckSpec;
    const shaped = shapedCheckAnchors(context);
    shaped(choice);
    expect(shaped(more)).toContain(`other-feedback-${choice.choices.length}`);
    expect(shaped(more).sort()).toEqual(checkAnchors(more, context).sort());
  });
});
