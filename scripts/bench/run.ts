/**
 * `npm run bench`: builds "the floor" (Astro 7 + @astrojs/mdx + the Pagefind CLI, self-checks
 * as plain HTML: bench/floor/) and Mnemo on the same generated lessons, taking turns (floor,
 * Mnemo, floor, Mnemo), and prints every run's wall time, CPU time, peak memory and output size,
 * Mnemo's figures over the floor's, and which of issue 19's targets are met.
 * A benchmark prints figures: it exits 0 whatever they are, and 1 only when a build fails.
 *
 *   npm run bench -- --lessons 100 --runs 1 --wait 0    a quick check that it works
 *   npm run bench -- --large                            1,000 and 3,000 lessons
 *   npm run bench -- --profile                          also: where Mnemo's extra time goes
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageReferenceSize, parseArgs, USAGE, type BenchArgs } from './args.ts';
import { generateGuide, type GeneratedGuide } from './generate-guide.ts';
import { waitForQuiet } from './machine.ts';
import { phaseMemoryTable, phasesTable, profileTable, timingsTable } from './profile-report.ts';
import { commit, toolVersions } from './provenance.ts';
import { ratiosTable, runsTable, targetsTable } from './report.ts';
import { buildSite, logExcerpt, type BenchPaths, type SiteJob, type SiteResult } from './sites.ts';
import { find, summarise, type SiteSummary } from './summary.ts';
import { evaluateTargets } from './targets.ts';

/** Switches for the profiling builds (bench/profile/astro.config.mjs), each against the full build. */
const PROFILE_VARIANTS: string[][] = [[], ['search'], ['checks'], ['progress'], ['code', 'links', 'csp'], ['checks', 'progress', 'search', 'code', 'links', 'csp']];

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

/** Builds one site once, printing its figures (or why it failed) as soon as it is done. */
async function buildOnce(job: SiteJob, args: BenchArgs): Promise<SiteResult> {
  if (args.wait > 0) {
    const cores = await waitForQuiet(0.5, args.wait * 1000);
    if (cores !== undefined && cores >= 0.5) console.log(`  (other processes still use ${cores.toFixed(1)} cores after waiting ${args.wait} s; building anyway)`);
  }
  const r = await buildSite(paths, job);
  const cpu = r.cpuMs === undefined ? '' : `, CPU ${(r.cpuMs / 1000).toFixed(1)} s`;
  const others = r.otherCpuMs === undefined ? '' : `, other processes ${(r.otherCpuMs / r.ms).toFixed(2)} cores`;
  const figures = r.ok ? `: ${(r.ms / 1000).toFixed(1)} s${cpu}, peak ${(r.peakBytes / 1024 ** 2).toFixed(0)} MiB${others}` : `: FAILED, see ${r.log}`;
  console.log(`  run ${job.run}  ${r.label.padEnd(22)} ${String(job.lessons).padStart(5)} lessons${figures}`);
  if (!r.ok) console.log(logExcerpt(r.log).replace(/^/gm, '    | '));
  return r;
}

/**
 * Builds the jobs `runs` times, taking turns (A, B, A, B, ...) so that the machine getting
 * faster or slower affects every site alike. A job that failed is not built again.
 */
async function inTurns(jobs: readonly Omit<SiteJob, 'run'>[], runs: number, args: BenchArgs): Promise<SiteResult[]> {
  const results: SiteResult[] = [];
  const failed = new Set<number>();
  for (let run = 1; run <= runs; run++) {
    for (const [i, job] of jobs.entries()) {
      if (failed.has(i)) continue;
      const r = await buildOnce({ ...job, run }, args);
      results.push(r);
      if (!r.ok) failed.add(i);
    }
  }
  return results;
}

const jobFor = (generator: 'floor' | 'mnemo', guide: GeneratedGuide) => ({
  generator,
  lessons: guide.lessons,
  content: generator === 'mnemo' ? guide.mnemoDir : guide.floorDir,
  probeSlug: guide.probeSlug,
});

/** `--profile`: Mnemo at the largest size with parts switched off, against the floor there. */
async function profile(guide: GeneratedGuide, summaries: readonly SiteSummary[], args: BenchArgs): Promise<SiteResult[]> {
  console.log(`\nProfiling Mnemo at ${guide.lessons} lessons (bench/profile/astro.config.mjs; "-x" = part x switched off)\n`);
  const variants = PROFILE_VARIANTS.map((off) => ({ ...jobFor('mnemo', guide), off }));
  const results = await inTurns(variants, args.runs, args);
  const variantSummaries = summarise(results);
  const floor = find(summaries, 'floor', guide.lessons);
  const fastest = [...variantSummaries, ...(floor ? [floor] : [])].flatMap((s) => (s.fastest ? [s.fastest] : []));
  console.log(`\n${profileTable(variantSummaries, floor)}\n\n${timingsTable(variantSummaries[0]?.fastest)}`);
  console.log(`\nProfiling builds by phase\n\n${phasesTable(fastest)}\n\n${phaseMemoryTable(fastest)}`);
  return results;
}

async function main(): Promise<number> {
  const args = readArgs();
  mkdirSync(paths.out, { recursive: true });
  const reference = pageReferenceSize(args);
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log('Mnemo build benchmark: the floor (Astro + MDX + Pagefind CLI, plain-HTML self-checks) against Mnemo, same lessons (npm run bench -- --help)');
  console.log(`Machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}, load average ${load}; generator at ${commit(root)}`);
  console.log(`Both sites: ${toolVersions(root)}`);
  console.log(`Sizes: ${args.sizes.join(', ')} lessons over ${args.sections} sections; ${args.runs} run(s) each, taking turns ${args.generators.join(', ')}` +
    (reference ? `; Mnemo also once at ${reference} lessons, for the page-size target` : '') + '\n');

  const guides = new Map<number, GeneratedGuide>();
  for (const size of [...(reference ? [reference] : []), ...args.sizes]) {
    const guide = generateGuide(join(paths.out, `content-${size}`), size, args.sections);
    guides.set(size, guide);
    console.log(`Generated ${size} lessons in ${join(paths.out, `content-${size}`)} (compared page: /${guide.probeSlug}/)`);
  }

  const results: SiteResult[] = [];
  // The reference build goes first: being small, it also warms the file cache for the rest.
  if (reference) results.push(...(await inTurns([jobFor('mnemo', guides.get(reference)!)], 1, args)));
  for (const size of args.sizes) results.push(...(await inTurns(args.generators.map((g) => jobFor(g, guides.get(size)!)), args.runs, args)));
  const summaries = summarise(results);
  const fastest = summaries.flatMap((s) => (s.fastest ? [s.fastest] : []));

  console.log(`\nEvery run (page: the compared lesson page; others: cores other processes used meanwhile)\n\n${runsTable(results)}`);
  console.log(`\nMnemo against the floor (memory and CPU: median of runs)\n\n${ratiosTable(summaries)}`);
  console.log(`\nTargets (issue 19)\n\n${targetsTable(evaluateTargets(summaries))}`);
  console.log(`\nWhere the time goes, by build phase (fastest run of each)\n\n${phasesTable(fastest)}`);
  console.log(`\nWhere the memory goes: peak of the build's processes in each phase (sampled every 100 ms)\n\n${phaseMemoryTable(fastest)}`);

  const profiled = args.profile && args.generators.includes('mnemo') ? await profile(guides.get(Math.max(...args.sizes))!, summaries, args) : [];

  const file = join(paths.out, 'results.json');
  const strip = ({ fastest: _fastest, ...figures }: SiteSummary) => figures;
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), commit: commit(root), tools: toolVersions(root), args, summaries: summaries.map(strip), results, profile: profiled }, null, 1));
  console.log(`\nFigures saved to ${file}; build logs in ${join(paths.out, 'logs')}.`);
  return [...results, ...profiled].some((r) => !r.ok) ? 1 : 0;
}

process.exitCode = await main();
