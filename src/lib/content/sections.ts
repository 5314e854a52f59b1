import { closestName } from '../suggest';
import type { Problem } from '../problems';
import { describeValue, parseYamlSource } from './yaml-source';

/** The optional file in a folder that titles and orders its section. */
export const SECTION_FILE = '_section.yaml';
const SECTION_KEYS = ['title', 'order', 'description'] as const;

/** What `_section.yaml` may say. */
export interface SectionMeta {
  /** Shown in navigation and on the section's page; defaults to the folder name. */
  title?: string;
  /** Position among its siblings (lessons and sections alike). */
  order?: number;
  /** One sentence shown on the home page and the section page. */
  description?: string;
}

/**
 * Validates a `_section.yaml`. Unknown keys are errors (with a suggestion when they look like a
 * typo) because the file holds nothing else.
 */
export function readSectionMeta(text: string, file: string): { meta: SectionMeta; problems: Problem[] } {
  const parsed = parseYamlSource(text, file);
  if (parsed.problems.length) return { meta: {}, problems: parsed.problems };
  const raw = parsed.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { meta: {}, problems: [{ file, line: 1, column: 1, message: 'A section file must be a list of `key: value` lines.', fix: 'Write e.g. `title: Releasing` and `order: 2`.' }] };
  }
  const problems: Problem[] = [];
  const meta: SectionMeta = {};
  for (const { key, line, column } of parsed.keys()) {
    const value = (raw as Record<string, unknown>)[key];
    if (!(SECTION_KEYS as readonly string[]).includes(key)) {
      const guess = closestName(key, SECTION_KEYS);
      problems.push({
        file, line, column,
        message: `Unknown section key \`${key}\`.`,
        fix: guess ? `Did you mean \`${guess}\`? Write \`${guess}:\` instead of \`${key}:\`.` : `A section file may only set ${SECTION_KEYS.join(', ')}.`,
      });
    } else if (key === 'order') {
      if (typeof value === 'number' && Number.isFinite(value)) meta.order = value;
      else problems.push({ file, line, column, message: `\`order\` must be a number, not ${describeValue(value)}.`, fix: 'Write e.g. `order: 2`.' });
    } else if (typeof value === 'string' && value.trim()) {
      meta[key as 'title' | 'description'] = value.trim();
    } else {
      problems.push({ file, line, column, message: `\`${key}\` must be a non-empty text, not ${describeValue(value)}.`, fix: `Write e.g. \`${key}: ${key === 'title' ? 'Releasing' : 'What this section covers.'}\`.` });
    }
  }
  return { meta, problems };
}

/**
 * A readable title from a folder or file name: numeric prefixes dropped, dashes to spaces.
 * @example titleFromName('02-deployment-strategies') // 'Deployment strategies'
 */
export function titleFromName(name: string): string {
  const words = name.replace(/^\d+[-_. ]+/, '').replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}
