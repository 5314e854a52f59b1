/**
 * `npm run export`: writes the self-checks of a built guide as Moodle GIFT or as Anki notes,
 * and lists what the format could not hold. Exit codes are listed in `--help`
 * (see ./export/options.ts).
 *
 *   npm run export -- --format gift --out guide.gift
 *   npm run export -- --format anki --out guide.txt --deck section --site out/
 */
import { existsSync, writeFileSync } from 'node:fs';
import { exportAnki } from '../src/interop/export/anki.ts';
import { exportGift } from '../src/interop/export/gift.ts';
import { readBuiltGuide, SiteError } from '../src/interop/export/site.ts';
import { CommandError, EXIT, parseExportArgs, USAGE } from './export/options.ts';

function run(): number {
  const args = parseExportArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return EXIT.ok;
  }
  let guide;
  try {
    guide = readBuiltGuide(args.site);
  } catch (error) {
    if (error instanceof SiteError) throw new CommandError(error.message, EXIT.unreadable);
    throw error;
  }
  const result = args.format === 'gift' ? exportGift(guide, args.url) : exportAnki(guide, args.deck, args.url);
  const toStdout = args.out === '-';
  if (!toStdout) {
    if (existsSync(args.out) && !args.force) throw new CommandError(`${args.out} exists; nothing was written. Add --force to replace it.`, EXIT.targetExists);
    try {
      writeFileSync(args.out, result.text);
    } catch (error) {
      throw new CommandError(`Cannot write ${args.out}: ${(error as Error).message}`, EXIT.unwritable);
    }
  } else {
    process.stdout.write(result.text);
  }
  // The report goes to standard error, so `--out -` stays a clean file.
  const log = toStdout ? console.error : console.log;
  log(`Exported ${result.exported} self-check${result.exported === 1 ? '' : 's'} of ${guide.title} as ${args.format === 'gift' ? 'GIFT' : 'Anki notes'}${toStdout ? '' : ` to ${args.out}`}.`);
  if (result.leftOut.length) {
    log(`Not carried over (${result.leftOut.length}):`);
    for (const left of result.leftOut) log(`  ${left.file}:${left.line}  ${left.id}: ${left.why}`);
  }
  return EXIT.ok;
}

try {
  process.exitCode = run();
} catch (error) {
  if (!(error instanceof CommandError)) throw error;
  console.error(error.message);
  process.exitCode = error.code;
}
