/**
 * `npm run import`: turns Moodle GIFT files, mdbook-quiz TOML quizzes and Anki notes exported
 * as text into Mnemo lessons, one `.mdx` file per source file, and lists what it could not
 * convert. Exit codes are listed in `--help` (see ./import/options.ts).
 *
 *   npm run import -- questions.gift --to content/imported/
 *   npm run import -- deck.txt quiz.toml --to content/imported/ --force
 */
import { EXIT, CommandError, parseImportArgs, USAGE } from './import/options.ts';
import { problemLines, reportLines } from './import/report.ts';
import { checkTargets, importAll, readSources, writeTargets } from './import/run.ts';

function run(): number {
  const args = parseImportArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return EXIT.ok;
  }
  const { targets, results } = importAll(readSources(args), args.to);
  if (targets.length === 0) {
    const reasons = problemLines(results);
    throw new CommandError(
      [`No question found to import in ${args.files.join(', ')}; nothing was written.`, ...reasons].join('\n'),
      EXIT.nothingFound,
    );
  }
  checkTargets(targets, args.force);
  writeTargets(targets);
  console.log(reportLines(targets, results, process.cwd()).join('\n'));
  return EXIT.ok;
}

try {
  process.exitCode = run();
} catch (error) {
  if (!(error instanceof CommandError)) throw error;
  console.error(error.message);
  process.exitCode = error.code;
}
