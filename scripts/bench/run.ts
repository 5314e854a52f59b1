/**
 * `npm run bench`: builds generated guides of 100 and 1,000 lessons with Mnemo and with a bare
 * Astro + MDX site of the same lessons (bench/bare/), and prints build time, memory, output
 * and search-index size, and the size of one lesson page, against the project's targets.
 * A benchmark prints figures: it exits 0 whatever they are, and 1 only when a build fails.
 *
 *   npm run bench -- --sizes 100 --only mnemo     a quick run
 *   npm run bench -- --profile                    also: where Mnemo's extra time goes
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, USAGE, type BenchArgs } from './args.ts';
import { generateGuide, type GeneratedGuide } from './generate-guide.ts';
import { waitForQuiet } from './machine.ts';
import { figuresTable, phaseMemoryTable, phasesTable, profileTable, targetsReport, timingsTable } from './report.ts';
import { buildSite, logExcerpt, type BenchPaths, type SiteJob, type SiteResult } from './sites.ts';

/** Switches for the profiling builds (bench/profile/astro.config.mjs), each against the full build. */
const PROFILE_VARIANTS: string[][] = [
  [],
  ['search'],
  ['checks'],
  ['progress'],
  ['code', 'links', 'csp'],
  ['checks', 'progress', 'search', 'code', 'links', 'csp'],
];

const root = join(import.meta.dirname, '..', '..');
const paths: BenchPaths = { root, out: join(root, 'bench', '.out') };

function readArgs(): BenchArgs {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

/** The commit the generator is at, read from .git without running git (figures move with the code). */
function commit(): string {
  try {
    const head = readFileSync(join(root, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    const loose = join(root, '.git', ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim().slice(0, 12);
    const packed = readFileSync(join(root, '.git', 'packed-refs'), 'utf8').split('\n').find((line) => line.endsWith(` ${ref}`));
    return packed ? packed.slice(0, 12) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Builds a site `runs` times and keeps the fastest successful run. */
async function measure(job: Omit<SiteJob, 'run'>, args: BenchArgs): Promise<SiteResult> {
  let best: SiteResult | undefined;
  for (let run = 1; run <= args.runs; run++) {
    if (args.wait > 0) {
      const cores = await waitForQuiet(0.5, args.wait * 1000);
      if (cores !== undefined && cores >= 0.5) console.log(`  (other processes still use ${cores.toFixed(1)} cores after waiting ${args.wait} s; building anyway)`);
    }
    const result = await buildSite(paths, { ...job, run });
    const mb = (result.peakBytes / 1024 / 1024).toFixed(0);
    const cpu = result.cpuMs === undefined ? '' : `, CPU ${(result.cpuMs / 1000).toFixed(1)} s`;
    const others = result.otherCpuMs === undefined ? '' : `, other processes ${(result.otherCpuMs / result.ms).toFixed(2)} cores`;
    console.log(
      `  ${result.label.padEnd(22)} ${String(job.lessons).padStart(5)} lessons` +
        (result.ok ? `: ${(result.ms / 1000).toFixed(1)} s${cpu}, peak ${mb} MB${others}` : `: FAILED, see ${result.log}`),
    );
    if (!result.ok) {
      console.log(logExcerpt(result.log).replace(/^/gm, '    | '));
      return result;
    }
    if (!best || result.ms < best.ms) best = result;
  }
  return best!;
}

async function main(): Promise<number> {
  const args = readArgs();
  mkdirSync(paths.out, { recursive: true });
  console.log(`Mnemo build benchmark (${USAGE.split('\n')[0]!.replace('Usage: ', '')})`);
  console.log(`Machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}, load average ${load()}; generator at commit ${commit()}`);
  console.log(`Sizes: ${args.sizes.join(', ')} lessons over ${args.sections} sections; sites: ${args.generators.join(', ')}; runs per site: ${args.runs} (fastest kept)\n`);

  const guides = new Map<number, GeneratedGuide>();
  for (const size of args.sizes) {
    const guide = generateGuide(join(paths.out, `content-${size}`), size, args.sections);
    guides.set(size, guide);
    console.log(`Generated ${size} lessons in ${guide.dir} (compared page: /${guide.probeSlug}/)`);
  }

  const results: SiteResult[] = [];
  for (const size of args.sizes) {
    const guide = guides.get(size)!;
    for (const generator of args.generators) {
      results.push(await measure({ generator, lessons: size, content: guide.dir, probeSlug: guide.probeSlug }, args));
    }
  }

  console.log('\nResults (page gzip: the compared lesson page, gzip -9)\n');
  console.log(figuresTable(results, args.sizes));
  console.log('\nTargets\n');
  console.log(targetsReport(results));
  console.log('\nWhere the time goes, by Astro build phase\n');
  console.log(phasesTable(results));
  console.log('\nWhere the memory goes: peak of the build\'s processes in each phase (sampled every 100 ms)\n');
  console.log(phaseMemoryTable(results));

  const profile: SiteResult[] = [];
  if (args.profile) {
    const size = Math.max(...args.sizes);
    const guide = guides.get(size)!;
    console.log(`\nProfiling Mnemo at ${size} lessons (bench/profile/astro.config.mjs; "-x" = part x switched off)\n`);
    for (const off of PROFILE_VARIANTS) {
      profile.push(await measure({ generator: 'mnemo', lessons: size, content: guide.dir, probeSlug: guide.probeSlug, off }, args));
    }
    const bare = results.find((r) => r.label === 'bare' && r.lessons === size && r.ok);
    console.log('');
    console.log(profileTable(profile, bare));
    console.log('');
    console.log(timingsTable(profile[0]));
    console.log('\nProfiling builds by phase\n');
    console.log(phasesTable([...profile, ...(bare ? [bare] : [])]));
    console.log('');
    console.log(phaseMemoryTable([...profile, ...(bare ? [bare] : [])]));
  }

  const file = join(paths.out, 'results.json');
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), commit: commit(), args, results, profile }, null, 1));
  console.log(`\nFigures saved to ${file}; build logs in ${join(paths.out, 'logs')}.`);
  return [...results, ...profile].some((r) => !r.ok) ? 1 : 0;
}

process.exitCode = await main();
