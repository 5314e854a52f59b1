/**
 * The command line of `npm run export`, its usage text and its exit codes (the same codes as
 * `npm run import` for the same kinds of failure).
 */
import { parseArgs } from 'node:util';
import type { DeckBy } from '../../src/interop/export/anki.ts';

/** The formats `npm run export` writes. */
export const EXPORT_FORMATS = ['gift', 'anki'] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Exit codes, each for one kind of failure. */
export const EXIT = { ok: 0, usage: 2, unknownFormat: 3, unreadable: 4, targetExists: 5, unwritable: 7 } as const;

/** What `--help` prints, and what follows every command-line error. */
export const USAGE = `Usage: npm run export -- --format gift|anki --out <file> [--site dist] [--deck lesson|section] [--url https://...] [--force]

Writes the self-checks of a built guide (npm run build first) for another tool:
  gift  Moodle GIFT: every question, one category per lesson, ids as titles
  anki  Anki notes as text: flashcards (and, one way, questions) in one deck per lesson
What a format cannot hold is listed with its file and line; the rest is exported.

  --format  gift or anki
  --out     the file to write, or - for standard output
  --site    the built guide (default: dist)
  --deck    anki only: one deck per lesson (default) or per section
  --url     the guide's public origin (https://example.org), so links work outside the site
  --force   overwrite --out if it exists
  -h, --help show this text

Exit codes:
  0  exported (anything left out is listed)
  1  an unexpected error (a bug: please report it)
  2  wrong command line (unknown option, no --format, no --out, a bad --deck or --url)
  3  unknown format
  4  the built guide cannot be read (not built, or built by another version)
  5  --out exists and --force was not given; nothing was written
  7  --out cannot be written`;

/** The parsed command line. */
export interface ExportArgs {
  format: ExportFormat;
  out: string;
  site: string;
  deck: DeckBy;
  url?: string;
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
 * Reads the arguments after `npm run export --`, or `help` for `--help`.
 * @example parseExportArgs(['--format', 'gift', '--out', 'guide.gift']) // { format: 'gift', out: 'guide.gift', site: 'dist', deck: 'lesson', force: false }
 */
export function parseExportArgs(argv: readonly string[]): ExportArgs | 'help' {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        site: { type: 'string', default: 'dist' },
        deck: { type: 'string', default: 'lesson' },
        url: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`, EXIT.usage);
  }
  if (values.help) return 'help';
  if (!values.format) throw new CommandError(`Say which format to write with --format ${EXPORT_FORMATS.join('|')}.\n\n${USAGE}`, EXIT.usage);
  const format = values.format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CommandError(`Unknown format "${values.format}": use one of ${EXPORT_FORMATS.join(', ')}.`, EXIT.unknownFormat);
  }
  if (!values.out) throw new CommandError(`Say where to write the export with --out <file> (or - for standard output).\n\n${USAGE}`, EXIT.usage);
  if (values.deck !== 'lesson' && values.deck !== 'section') throw new CommandError(`--deck takes lesson or section, not "${values.deck}".\n\n${USAGE}`, EXIT.usage);
  if (values.url !== undefined && !URL.canParse(values.url)) throw new CommandError(`--url takes a full address such as https://example.org, not "${values.url}".\n\n${USAGE}`, EXIT.usage);
  return { format: format as ExportFormat, out: values.out, site: values.site ?? 'dist', deck: values.deck, force: values.force ?? false, ...(values.url ? { url: values.url } : {}) };
}
