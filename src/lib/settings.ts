import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { closestName } from './suggest';
import { ContentError, type Problem } from './problems';
import { describeValue, parseYamlSource } from './content/yaml-source';
import { readUiOverrides } from './ui-overrides';
import type { UiOverrides } from '../i18n';

/** The file, inside the content folder, that holds the guide's settings. */
export const SETTINGS_FILE = '_guide.yaml';

/**
 * Site settings: the one place an author configures the guide (`content/_guide.yaml`).
 * Every field is documented here; the README's table is written from these comments.
 */
export const SettingsSchema = z
  .object({
    /** The guide's title, shown in the header, the home page and every page title. @example "Deployment fundamentals" */
    title: z.string().trim().min(1),
    /** One or two sentences under the title on the home page, and the default page description. */
    description: z.string().default(''),
    /** The public origin the site is served from, e.g. "https://example.org". Enables the sitemap and canonical links. */
    site: z.url().optional(),
    /** The sub-path the site is served under, e.g. "/guide/". Defaults to the root, "/". */
    base: z.string().regex(/^\/([\w.~-]+\/)*$/).default('/'),
    /** The language of the guide's text, as a BCP 47 tag. */
    lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).default('en'),
    /** Shuffle the choices of every question unless the question says otherwise. */
    shuffle: z.boolean().default(false),
    /**
     * The guide's own wording for any interface string, by group and key, over the language's
     * (docs/languages.md). Checked by `readUiOverrides`, which names the file and line of a mistake.
     * @example { question: { check: 'Submit' } }
     */
    ui: z.custom<UiOverrides>(() => true).optional(),
  })
  .strict();

/** Settings after defaults are applied. */
export type Settings = z.infer<typeof SettingsSchema>;

const FIXES: Record<string, string> = {
  title: 'Write `title: My guide`.',
  description: 'Write `description: One sentence about the guide.`',
  site: 'Write the full origin, e.g. `site: https://example.org`.',
  base: 'Write a path that starts and ends with a slash, e.g. `base: /guide/`.',
  lang: 'Write a language tag, e.g. `lang: en` or `lang: pt-BR`.',
  shuffle: 'Write `shuffle: true` or `shuffle: false`.',
};

/**
 * Reads and validates `<contentDir>/_guide.yaml`. Environment variables `MNEMO_BASE` and
 * `MNEMO_SITE` override `base` and `site`, so one guide can be built for several hosts.
 * Throws a ContentError listing every problem, with file and line.
 */
export function loadSettings(contentDir: string, rootDir: string, env = process.env): Settings {
  const path = join(contentDir, SETTINGS_FILE);
  const file = relative(rootDir, path) || path;
  if (!existsSync(path)) {
    throw new ContentError([
      { file, line: 0, column: 0, message: 'The guide has no settings file.', fix: `Create ${file} with at least \`title: My guide\`.` },
    ]);
  }
  const source = parseYamlSource(readFileSync(path, 'utf8'), file);
  if (source.problems.length) throw new ContentError(source.problems);
  const raw: Record<string, unknown> =
    source.data && typeof source.data === 'object' && !Array.isArray(source.data) ? { ...(source.data as object) } : {};
  if (env.MNEMO_BASE) raw.base = env.MNEMO_BASE.replace(/\/?$/, '/');
  if (env.MNEMO_SITE) raw.site = env.MNEMO_SITE;
  const ui = readUiOverrides(raw.ui, file, source);
  const result = SettingsSchema.safeParse(raw);
  if (result.success && !ui.problems.length) return { ...result.data, ...(raw.ui === undefined ? {} : { ui: ui.overrides }) };
  const known = Object.keys(SettingsSchema.shape);
  const problems: Problem[] = (result.error?.issues ?? []).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      const guess = closestName(key, known);
      return {
        file,
        ...source.position(key),
        message: `Unknown setting \`${key}\`.`,
        fix: guess ? `Did you mean \`${guess}\`? Write \`${guess}:\`.` : `Known settings: ${known.join(', ')}.`,
      };
    }
    const key = String(issue.path[0] ?? '');
    const value = raw[key];
    return {
      file,
      ...source.position(key),
      message:
        value === undefined
          ? `The setting \`${key}\` is required.`
          : `The setting \`${key}\` cannot be ${describeValue(value)}.`,
      fix: FIXES[key],
    };
  });
  throw new ContentError([...ui.problems, ...problems]);
}
