/** The command line of `npm run bench`. */

/** Which sites a run builds. */
export type Generator = 'mnemo' | 'bare';

/** Parsed flags. */
export interface BenchArgs {
  /** Guide sizes in lessons, e.g. [100, 1000]. */
  sizes: number[];
  /** The generators to build; both unless `--only`. */
  generators: Generator[];
  /** Builds per site; the fastest run is reported. */
  runs: number;
  /** Also build Mnemo with parts switched off, at the largest size, to see what each costs. */
  profile: boolean;
  /** Sections (folders) the lessons are spread over. */
  sections: number;
  /** Seconds to wait, before each build, for other processes to leave the CPU (0: do not wait). */
  wait: number;
}

export const USAGE = `Usage: npm run bench -- [--sizes 100,1000] [--only mnemo|bare] [--runs 1] [--profile] [--sections 10] [--wait 60]

  --sizes     guide sizes to build, in lessons (default 100,1000)
  --only      build only Mnemo or only the bare Astro + MDX baseline
  --runs      builds per site, taking turns; the fastest is reported, with the median
              peak memory (default 1)
  --profile   also build Mnemo at the largest size with parts of it switched off (self-checks,
              progress counts, search, code transformers, links, CSP: bench/profile/) and
              print what each costs
  --sections  section folders the lessons are spread over (default 10)
  --wait      before each build, wait up to this many seconds for the machine to be quiet
              (other processes using under half a core; default 60, 0 to never wait)`;

/**
 * Reads the flags; throws with the usage text on anything it does not understand.
 * @example parseArgs(['--sizes', '100', '--only', 'mnemo'])
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { sizes: [100, 1000], generators: ['mnemo', 'bare'], runs: 1, profile: false, sections: 10, wait: 60 };
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
    if (flag === '--sizes') args.sizes = value().split(',').map((s) => count(s.trim()));
    else if (flag === '--only') {
      const only = value();
      if (only !== 'mnemo' && only !== 'bare') fail(`--only takes mnemo or bare, not "${only}".`);
      args.generators = [only as Generator];
    } else if (flag === '--runs') args.runs = count(value());
    else if (flag === '--sections') args.sections = count(value());
    else if (flag === '--wait') {
      const text = value();
      args.wait = Number(text);
      if (!Number.isFinite(args.wait) || args.wait < 0) fail(`--wait takes seconds (0 or more), not "${text}".`);
    }
    else if (flag === '--profile') args.profile = true;
    else fail(`Unknown flag ${flag}.`);
  }
  return args;
}
