/**
 * The command line of `npm run import`, its usage text and its exit codes.
 */
import { parseArgs } from 'node:util';
import { FORMATS, isFormat, type Format } from '../../src/interop/index.ts';

/** Exit codes, each for one kind of failure, so scripts can tell them apart. */
export const EXIT = {
  ok: 0,
  usage: 2,
  unknownFormat: 3,
  unreadable: 4,
  targetExists: 5,
  nothingFound: 6,
  unwritable: 7,
} as const;

/** What `--help` prints, and what follows every command-line error. */
export const USAGE = `Usage: npm run import -- <file>... --to <folder> [--format gift|toml|anki] [--force]

Turns question banks into Mnemo lessons: one .mdx lesson per file, written to <folder>.
  Moodle GIFT (.gift, or .txt with GIFT content), mdbook-quiz TOML (.toml),
  Anki notes exported as text (.txt with Anki headers, .csv, .tsv).
What cannot be converted is listed with its file and line; the rest is imported.

  --to       the folder to write the lessons to, e.g. content/imported/ (created if missing)
  --format   read every file as this format instead of telling it from its name and content
  --force    overwrite lesson files that already exist
  -h, --help show this text

Exit codes:
  0  imported (anything not converted is listed)
  1  an unexpected error (a bug: please report it with the file)
  2  wrong command line (unknown option, no file, no --to)
  3  unknown format (--format names none of ${FORMATS.join(', ')}, or a file's format cannot be told)
  4  a file cannot be read
  5  a lesson file already exists and --force was not given; nothing was written
  6  no question found in the files; nothing was written
  7  a lesson file cannot be written`;

/** The parsed command line. */
export interface ImportArgs {
  files: string[];
  to: string;
  format?: Format;
  force: boolean;
}

/** A failure with its exit code; the message is printed as is. */
export class CommandError extends Error {
  readonly code: number;

  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

/**
 * Reads the arguments after `npm run import --`, or `help` for `--help`.
 * @example parseImportArgs(['quiz.gift', '--to', 'content/imported']) // { files: ['quiz.gift'], to: 'content/imported', force: false }
 */
export function parseImportArgs(argv: readonly string[]): ImportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        format: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`, EXIT.usage);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new CommandError(`Name at least one file to import.\n\n${USAGE}`, EXIT.usage);
  if (!values.to) throw new CommandError(`Say where to write the lessons with --to <folder>.\n\n${USAGE}`, EXIT.usage);
  const format = values.format?.toLowerCase();
  if (format !== undefined && !isFormat(format)) {
    throw new CommandError(`Unknown format "${values.format}": use one of ${FORMATS.join(', ')}.`, EXIT.unknownFormat);
  }
  return { files: positionals, to: values.to, force: values.force ?? false, ...(format ? { format } : {}) };
}
