/**
 * A guide's own `public/` folder (`<guide>/public/images/flow.svg`), published at the site's
 * base (`<base>images/flow.svg`) beside the generator's `public/`; a file of the guide's wins
 * (a guide may bring its own `favicon.svg`). The build copies it into the site; the dev server
 * serves it (dev-server.ts).
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDE_PUBLIC_DIR } from '../lib/content/model';

/** The guide's `public/` folder. */
export function guidePublicDir(contentDir: string): string {
  return join(contentDir, GUIDE_PUBLIC_DIR);
}

/** Copies the guide's `public/` folder into the built site in `dir`. */
export function copyGuidePublic(contentDir: string, dir: string): void {
  const from = guidePublicDir(contentDir);
  if (existsSync(from)) cpSync(from, dir, { recursive: true, force: true });
}
