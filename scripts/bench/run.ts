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
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Builds one site once, printing its figures (or why it failed). */
async function buildOnce(job: SiteJob, args: BenchArgs): Promise<SiteResult> {
  if (args.wait > 0) {
    const cores = await waitForQuiet(0.5, args.wait * 1000);
    if (cores !== undefined && cores >= 0.5) console.log(`  (other processes still use ${cores.toFixed(1)} cores after waiting ${args.wait} s; building anyway)`);
  }
  const result = await buildSite(paths, job);
  const mb = (result.peakBytes / 1024 / 1024).toFixed(0);
  const cpu = result.cpuMs === undefined ? '' : `, CPU ${(result.cpuMs / 1000).toFixed(1)} s`;
  const others = result.otherCpuMs === undefined ? '' : `, other processes ${(result.otherCpuMs / result.ms).toFixed(2)} cores`;
  console.log(
    `  run ${job.run}  ${result.label.padEnd(22)} ${String(job.lessons).padStart(5)} lessons` +
      (result.ok ? `: ${(result.ms / 1000).toFixed(1)} s${cpu}, peak ${mb} MB${others}` : `: FAILED, see ${result.log}`),
  );
  if (!result.ok) console.log(logExcerpt(result.log).replace(/^/gm, '    | '));
  return result;
}

/**
 * Builds every site `runs` times, taking turns (site A, site B, A, B, ...) so that the machine
 * getting faster or slower affects all of them alike. Keeps each site's fastest run, with its
 * peak memory replaced by the median over runs (memory varies with the timing of collections,
 * not with load). A site that fails is not built again.
 */
async function measureAll(jobs: Omit<SiteJob, 'run'>[], args: BenchArgs): Promise<SiteResult[]> {
  const runs: SiteResult[][] = jobs.map(() => []);
  for (let run = 1; run <= args.runs; run++) {
    for (const [i, job] of jobs.entries()) {
      if (runs[i]!.some((r) => !r.ok)) continue;
      runs[i]!.push(await buildOnce({ ...job, run }, args));
    }
  }
  return runs.map((list) => {
    const failed = list.find((r) => !r.ok);
    if (failed) return failed;
    const fastest = list.reduce((a, b) => (b.ms < a.ms ? b : a));
    const spread = list.length > 1 ? { medianMs: median(list.map((r) => r.ms)), runs: list.length } : {};
    return { ...fastest, ...spread, peakBytes: median(list.map((r) => r.peakBytes)) };
  });
}

async function main(): Promise<number> {
  const args = readArgs();
  mkdirSync(paths.out, { recursive: true });
  console.log('Mnemo build benchmark: Mnemo against a bare Astro + MDX site of the same lessons (npm run bench -- --help)');
  console.log(`Machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}, load average ${load()}; generator at commit ${commit()}`);
  console.log(`Sizes: ${args.sizes.join(', ')} lessons over ${args.sections} sections; sites: ${args.generators.join(', ')}; runs per site: ${args.runs} (taking turns; fastest kept, peak memory: median of runs)\n`);

  const guides = new Map<number, GeneratedGuide>();
  for (const size of args.sizes) {
    const guide = generateGuide(join(paths.out, `content-${size}`), size, args.sections);
    guides.set(size, guide);
    console.log(`Generated ${size} lessons in ${guide.mnemoDir} (compared page: /${guide.probeSlug}/)`);
  }

  const jobs = args.sizes.flatMap((size) => {
    const { mnemoDir: content, probeSlug } = guides.get(size)!;
    return args.generators.map((generator) => ({ generator, lessons: size, content, probeSlug }));
  });
  const results = await measureAll(jobs, args);

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
    const variants = PROFILE_VARIANTS.map((off) => ({ generator: 'mnemo' as const, lessons: size, content: guide.mnemoDir, probeSlug: guide.probeSlug, off }));
    profile.push(...(await measureAll(variants, args)));
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
