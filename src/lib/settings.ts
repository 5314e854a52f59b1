import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { ID_PATTERN } from '../checks/core/ids';
import { checkReviewSettings, ReviewSettingsSchema } from '../review/settings-schema';
import { closestName } from './suggest';
import { ContentError, type Problem } from './problems';
import { describeValue, parseYamlSource } from './content/yaml-source';
import { readUiOverrides } from './ui-overrides';
import type { UiOverrides } from '../i18n';

/** The file, inside the content folder, that holds the guide's settings. */
export const SETTINGS_FILE = '_guide.yaml';

/** A sub-path: starts and ends with `/`, e.g. `/guide/`. */
const BASE_PATTERN = /^\/([\w.~-]+\/)*$/;

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
    base: z.string().regex(BASE_PATTERN).default('/'),
    /** The language of the guide's text, as a BCP 47 tag. */
    lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).default('en'),
    /** Shuffle the choices of every question unless the question says otherwise. */
    shuffle: z.boolean().default(false),
    /** Spaced repetition on the `review/` page: `newPerDay` (default 20) and `retention` (default 0.9). */
    review: ReviewSettingsSchema,
    /**
     * The guide's identity in learners' progress files (lowercase letters, digits, hyphens): a
     * file imports only into the guide whose id it names. Without it the id comes from the title
     * (`guideId`); set it to the old one before retitling, so earlier files still import.
     * @example "deployment-fundamentals"
     */
    id: z.string().regex(ID_PATTERN).optional(),
    /**
     * Run `{...}` in `.mdx` lessons as JavaScript expressions, and lines starting with `import`
     * or `export` as JavaScript, as MDX does. Off by default: a lesson shows what its author
     * wrote, and a `{` in prose is reported with its fix (`\{`).
     */
    expressions: z.boolean().default(false),
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
  id: 'Write lowercase letters, digits and hyphens, e.g. `id: deployment-fundamentals`.',
  expressions: 'Write `expressions: true` to run `{...}` in lessons as JavaScript, or remove the line.',
};

/** A setting given for one build instead of in `_guide.yaml`: its value and where it came from. */
export interface SettingOverride {
  value: string;
  /** How the author gave it, for messages, e.g. `MNEMO_BASE` or `--base`. */
  from: string;
}

/** `base` and `site` given for one build (environment variables, Astro's `--base` and `--site` flags). */
export interface SettingOverrides {
  base?: SettingOverride[];
  site?: SettingOverride[];
}

/** The overrides the environment gives: `MNEMO_BASE` and `MNEMO_SITE`. */
export function environmentOverrides(env: NodeJS.ProcessEnv = process.env): SettingOverrides {
  return {
    base: env.MNEMO_BASE ? [{ value: env.MNEMO_BASE, from: 'MNEMO_BASE' }] : [],
    site: env.MNEMO_SITE ? [{ value: env.MNEMO_SITE, from: 'MNEMO_SITE' }] : [],
  };
}

/** One value from several overrides of a setting, or the problem when they disagree or it is invalid. */
function override(key: 'base' | 'site', given: SettingOverride[] | undefined, file: string): { value?: string; problem?: Problem } {
  const normalise = (value: string) => (key === 'base' ? value.trim().replace(/\/?$/, '/').replace(/^\/?/, '/') : value.trim());
  const values = [...new Set((given ?? []).map((g) => normalise(g.value)))];
  const where = { file, line: 0, column: 0 };
  if (values.length > 1) {
    const named = (given ?? []).map((g) => `${g.from} ${g.value}`).join(' and ');
    return { problem: { ...where, message: `This build was given two different \`${key}\`s: ${named}.`, fix: `Give one: set \`${key}:\` in ${SETTINGS_FILE}, or pass the same value everywhere.` } };
  }
  const value = values[0];
  if (value === undefined) return {};
  const valid = key === 'base' ? BASE_PATTERN.test(value) : z.url().safeParse(value).success;
  if (valid) return { value };
  const from = given!.map((g) => g.from).join(', ');
  const example = key === 'base' ? '/guide/' : 'https://example.org';
  return { problem: { ...where, message: `${from} gives \`${key}\` the value \`${given![0]!.value}\`, which is not ${key === 'base' ? 'a sub-path' : 'an origin'}.`, fix: `Give e.g. \`${example}\`, or set \`${key}: ${example}\` in ${SETTINGS_FILE} and give no ${from}.` } };
}

/**
 * Reads and validates `<contentDir>/_guide.yaml`, collecting every problem with its file and
 * line; `overrides` (by default `MNEMO_BASE` and `MNEMO_SITE`) replace `base` and `site`, so
 * one guide can be built for several hosts. The settings are the defaults where invalid.
 */
export function readSettings(contentDir: string, rootDir: string, overrides: SettingOverrides = environmentOverrides()): { settings: Settings; problems: Problem[] } {
  const path = join(contentDir, SETTINGS_FILE);
  const file = relative(rootDir, path) || path;
  const fallback = (problems: Problem[]) => ({ settings: SettingsSchema.parse({ title: 'Guide' }), problems });
  if (!existsSync(path)) {
    return fallback([{ file, line: 0, column: 0, message: 'The guide has no settings file.', fix: `Create ${SETTINGS_FILE} in the guide's folder with at least \`title: My guide\`.` }]);
  }
  const source = parseYamlSource(readFileSync(path, 'utf8'), file);
  if (source.problems.length) return fallback(source.problems);
  const raw: Record<string, unknown> =
    source.data && typeof source.data === 'object' && !Array.isArray(source.data) ? { ...(source.data as object) } : {};
  const problems: Problem[] = [];
  for (const key of ['base', 'site'] as const) {
    const { value, problem } = override(key, overrides[key], file);
    if (problem) problems.push(problem);
    if (value !== undefined) raw[key] = value;
  }
  const ui = readUiOverrides(raw.ui, file, source);
  problems.push(...ui.problems);
  const result = SettingsSchema.safeParse(raw);
  if (result.success) {
    return problems.length ? fallback(problems) : { settings: { ...result.data, ...(raw.ui === undefined ? {} : { ui: ui.overrides }) }, problems };
  }
  const known = Object.keys(SettingsSchema.shape);
  // The `review:` block words its own problems (src/review/settings-schema.ts); each is placed
  // on the nested key it is about.
  const issues = result.error.issues.filter((issue) => issue.path[0] !== 'review');
  if (issues.length < result.error.issues.length) {
    for (const { path: at, message, fix } of checkReviewSettings(raw.review).problems ?? []) problems.push({ file, ...source.position(at.split('.')), message, fix });
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      const guess = closestName(key, known);
      problems.push({
        file,
        ...source.position(key),
        message: `Unknown setting \`${key}\`.`,
        fix: guess ? `Did you mean \`${guess}\`? Write \`${guess}:\`.` : `Known settings: ${known.join(', ')}.`,
      });
      continue;
    }
    const key = String(issue.path[0] ?? '');
    const value = raw[key];
    problems.push({
      file,
      ...source.position(key),
      message: value === undefined ? `The setting \`${key}\` is required.` : `The setting \`${key}\` cannot be ${describeValue(value)}.`,
      ...(FIXES[key] ? { fix: FIXES[key] } : {}),
    });
  }
  return fallback(problems);
}

/**
 * Reads and validates `<contentDir>/_guide.yaml`. Environment variables `MNEMO_BASE` and
 * `MNEMO_SITE` override `base` and `site`, so one guide can be built for several hosts.
 * Throws a ContentError listing every problem, with file and line.
 */
export function loadSettings(contentDir: string, rootDir: string, env: NodeJS.ProcessEnv = process.env): Settings {
  const { settings, problems } = readSettings(contentDir, rootDir, environmentOverrides(env));
  if (problems.length) throw new ContentError(problems);
  return settings;
}
