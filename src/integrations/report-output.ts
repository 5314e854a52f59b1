/**
 * How the integration tells an author about the guide: warnings through Astro's logger, and
 * problems as the guide's one report, printed alone (no hook name, no stack trace) before the
 * build ends with exit code 1.
 */
import { writeSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';
import type { ProjectPaths } from '../lib/paths';
import { formatProblem, type Problem } from '../lib/problems';
import { formatReport, guidePath } from '../lib/report';

/** The report of `problems`, paths relative to the guide's folder. */
export function reportText(problems: readonly Problem[], paths: ProjectPaths): string {
  return formatReport(problems, { root: paths.root, guide: paths.content });
}

/** Logs each warning, its path relative to the guide's folder. */
export function logWarnings(logger: AstroIntegrationLogger, warnings: readonly Problem[], paths: ProjectPaths): void {
  for (const warning of warnings) logger.warn(formatProblem({ ...warning, file: guidePath(warning.file, { root: paths.root, guide: paths.content }) }));
}

/**
 * Prints the report and ends the build (exit code 1). Thrown errors would reach the author
 * wrapped by Astro ("An unhandled error occurred while running the ... hook") and followed by
 * an empty stack trace, which reads like a crash of the generator. Written synchronously, so
 * nothing is lost when the process exits; the site being built is in its staging folder, so
 * the output folder keeps the previous site.
 */
export function stopBuild(problems: readonly Problem[], paths: ProjectPaths): never {
  writeSync(2, `\n${reportText(problems, paths)}`);
  process.exit(1);
}
