/**
 * What one build is given besides `_guide.yaml`: `MNEMO_BASE` and `MNEMO_SITE`, and Astro's
 * own `--base` and `--site` flags (`npm run build -- --base /guide/`), which must give a site
 * under that base rather than one whose links ignore it. The built site records the base it
 * was built for, so `npm run preview` serves it there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroConfig } from 'astro';
import { environmentOverrides, type SettingOverrides, type Settings } from '../lib/settings';

/** Where the built site records what it was built for, relative to it. */
export const BUILD_RECORD = '_mnemo/site.json';

/**
 * The overrides of `base` and `site` for this build: the environment's, and Astro's flags (or
 * the config file's `base`/`site`), which reach the integration as the config's values.
 * Several that disagree are reported by `readSettings`.
 */
export function buildOverrides(config: Pick<AstroConfig, 'base' | 'site'>, env: NodeJS.ProcessEnv = process.env): SettingOverrides {
  const overrides = environmentOverrides(env);
  // Astro's default base is '/': anything else was asked for.
  if (config.base && config.base !== '/') overrides.base = [...(overrides.base ?? []), { value: config.base, from: '--base' }];
  if (config.site) overrides.site = [...(overrides.site ?? []), { value: config.site, from: '--site' }];
  return overrides;
}

/** Records, in the built site, the base it was built for. */
export function writeBuildRecord(site: string, settings: Settings): void {
  writeFileSync(join(site, BUILD_RECORD), JSON.stringify({ base: settings.base }));
}

/**
 * The base to preview the site in `out` at: the one given for the preview, else the one it was
 * built for; undefined when neither is known.
 */
export function builtBase(out: string, overrides: SettingOverrides): string | undefined {
  const given = overrides.base?.[0]?.value;
  if (given) return given.replace(/\/?$/, '/').replace(/^\/?/, '/');
  const record = join(out, BUILD_RECORD);
  if (!existsSync(record)) return undefined;
  try {
    const { base } = JSON.parse(readFileSync(record, 'utf8')) as { base?: unknown };
    return typeof base === 'string' ? base : undefined;
  } catch {
    return undefined;
  }
}
