import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags that keep Chromium off the network it cannot reach here, and quiet at start. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];

/**
 * Chromium's headless shell first: the browser Playwright itself prefers for headless runs, the
 * same engine without the full browser's interface. On two cores it ran 32 of the end-to-end
 * tests in 195 s where the full browser took 251 s. The full browser, headless, serves as well.
 */
const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The Chromium the tests drive: `MNEMO_CHROMIUM` when set, else a system Chromium, else the
 * browser Playwright downloaded itself. Throws with install instructions when there is none.
 */
export function findChromium(env = process.env): string {
  const explicit = env.MNEMO_CHROMIUM;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`MNEMO_CHROMIUM points to ${explicit}, which does not exist.`);
  }
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the instructions.
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium-headless-shell   (or chromium)',
      '  anywhere with internet:  npx playwright install chromium',
      'or set MNEMO_CHROMIUM=/path/to/chromium.',
    ].join('\n'),
  );
}
