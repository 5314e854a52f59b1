/** The command line of `npm run bench`. */

/** Which sites a run builds: Mnemo, and the floor (Astro + MDX + Pagefind CLI, plain-HTML self-checks). */
export type Generator = 'floor' | 'mnemo';

/** Parsed flags. */
export interface BenchArgs {
  /** Guide sizes in lessons, ascending, e.g. [1000] or [1000, 3000]. */
  sizes: number[];
  /** The sites to build, in the order they take turns: the floor first. */
  generators: Generator[];
  /** Builds per site and size, taking turns (floor, Mnemo, floor, Mnemo). */
  runs: number;
  /** Also build Mnemo with parts switched off, at the largest size, to see what each costs. */
  profile: boolean;
  /** Sections (folders) the lessons are spread over. */
  sections: number;
  /** Seconds to wait, before each build, for other processes to leave the CPU (0: do not wait). */
  wait: number;
}

/** The sizes the targets are stated at, in lessons. */
export const DEFAULT_SIZES = [1000];
export const LARGE_SIZES = [1000, 3000];

export const USAGE = `Usage: npm run bench -- [--lessons 1000 | --large] [--runs 2] [--only floor|mnemo] [--profile] [--sections 10] [--wait 60]

  --lessons   guide sizes to build, in lessons, comma-separated (default 1000; 100 for a
              quick check; 1000,3000 for the growth targets)
  --large     the same as --lessons 1000,3000
  --runs      builds per site and size, taking turns floor, Mnemo, floor, Mnemo (default 2)
  --only      build only the floor or only Mnemo
  --profile   also build Mnemo at the largest size with parts of it switched off (self-checks,
              progress counts, search, code transformers, links, CSP: bench/profile/) and
              print what each part costs, phase by phase
  --sections  section folders the lessons are spread over (default 10)
  --wait      before each build, wait up to this many seconds for the machine to be quiet
              (other processes using under half a core; default 60, 0 to never wait)

Unless 100 is among the sizes, Mnemo also builds a 100-lesson guide once, for the lesson
page's size at 100 lessons (the page-size target compares it with the largest size).`;

/**
 * Reads the flags; throws with the usage text on anything it does not understand.
 * @example parseArgs(['--lessons', '100', '--runs', '1']) // sizes [100], runs 1
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { sizes: DEFAULT_SIZES, generators: ['floor', 'mnemo'], runs: 2, profile: false, sections: 10, wait: 60 };
  const fail = (message: string): never => {
    throw new Error(`${message}\n\n${USAGE}`);
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => inline ?? argv[++i] ?? fail(`${flag} needs a value.`);
    const count = (text: string): number => {
      const n = Number(text);
      return Number.isInteger(n) && n > 0 ? n : fail(`${flag} takes whole numbers above 0, not "${text}".`);
    };
    if (flag === '--lessons') args.sizes = value().split(',').map((s) => count(s.trim()));
    else if (flag === '--large') args.sizes = LARGE_SIZES;
    else if (flag === '--only') {
      const only = value();
      if (only !== 'mnemo' && only !== 'floor') fail(`--only takes floor or mnemo, not "${only}".`);
      args.generators = [only as Generator];
    } else if (flag === '--runs') args.runs = count(value());
    else if (flag === '--sections') args.sections = count(value());
    else if (flag === '--wait') {
      const text = value();
      args.wait = Number(text);
      if (!Number.isFinite(args.wait) || args.wait < 0) fail(`--wait takes seconds (0 or more), not "${text}".`);
    } else if (flag === '--profile') args.profile = true;
    else fail(`Unknown flag ${flag}.`);
  }
  args.sizes = [...new Set(args.sizes)].sort((a, b) => a - b);
  return args;
}

/** The size Mnemo builds once for the page-size target, or undefined when a run already has it. */
export function pageReferenceSize(args: BenchArgs): number | undefined {
  const needed = args.generators.includes('mnemo') && !args.sizes.includes(100) && args.sizes.some((size) => size > 100);
  return needed ? 100 : undefined;
}
