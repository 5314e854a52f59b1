import { isAbsolute, resolve } from 'node:path';

/** Where the generator reads the guide from and writes the site to. */
export interface ProjectPaths {
  /** The project root (where astro.config.mjs lives). */
  root: string;
  /** The guide's content folder: `content/`, or `MNEMO_CONTENT` (used by tests to build fixture guides). */
  content: string;
  /** The built site: `dist/`, or `MNEMO_OUT`. */
  out: string;
}

/** Resolves the project's paths from the environment. */
export function projectPaths(root: string, env = process.env): ProjectPaths {
  const at = (value: string | undefined, fallback: string) => {
    const chosen = value && value.trim() ? value : fallback;
    return isAbsolute(chosen) ? chosen : resolve(root, chosen);
  };
  return { root, content: at(env.MNEMO_CONTENT, 'content'), out: at(env.MNEMO_OUT, 'dist') };
}
