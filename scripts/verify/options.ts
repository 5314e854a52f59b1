/**
 * The command line of `npm run verify`, and the base a built site was made for, read from
 * the site itself so that nothing has to be added to the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { VerifyOptions } from './types.ts';

/** The parsed command line: the sweep's options, and where to write the JSON report. */
export interface VerifyArgs extends VerifyOptions {
  json?: string;
  help: boolean;
}

export const USAGE = `Usage: npm run verify -- [--site dist/] [--base /sub/path/] [--json report.json] [--concurrency 4] [--timeout 5000]

Drives every self-check of a built guide in Chromium: every question with wrong and right
answers, its hints and explanation, every flashcard and deck.

  --site         the built site (default dist/)
  --base         the base it was built for (default: read from the site's pages, else /)
  --json         also write the results as JSON to this file
  --concurrency  lessons driven at once (default 4)
  --timeout      ms to wait for each expected change on a page (default 5000)`;

/**
 * Reads the flags; throws with the usage text on anything it does not understand.
 * @example parseVerifyArgs(['--site', 'out', '--concurrency', '2'], '/repo')
 */
export function parseVerifyArgs(argv: readonly string[], cwd: string): VerifyArgs {
  const fail = (message: string): never => {
    throw new Error(`${message}\n\n${USAGE}`);
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        site: { type: 'string' },
        base: { type: 'string' },
        json: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  const whole = (flag: string, text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    return Number.isInteger(n) && n > 0 ? n : fail(`--${flag} takes a whole number above 0, not "${text}".`);
  };
  const site = resolve(cwd, values.site ?? 'dist');
  return {
    site,
    base: normaliseBase(values.base ?? inferBase(site) ?? '/'),
    json: values.json === undefined ? undefined : resolve(cwd, values.json),
    concurrency: whole('concurrency', values.concurrency, 4),
    timeout: whole('timeout', values.timeout, 5000),
    help: values.help ?? false,
  };
}

/** `guide`, `/guide` and `/guide/` all mean `/guide/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base a site was built for, from the favicon link of its home page, which every page
 * carries under the base (`<link rel="icon" href="/guide/favicon.svg">`); undefined when
 * the page or the link is missing.
 * @example inferBase('dist') // '/guide/'
 */
export function inferBase(site: string): string | undefined {
  const index = join(site, 'index.html');
  if (!existsSync(index)) return undefined;
  for (const [tag] of readFileSync(index, 'utf8').matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?icon\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const path = href && /^(.*\/)favicon\.svg$/.exec(new URL(href, 'http://host/').pathname)?.[1];
    if (path) return path;
  }
  return undefined;
}
