/**
 * Reading a GIFT question block the way Moodle does (qformat_gift::readquestion), then writing
 * it back as GIFT in which every character that Moodle reads as text is escaped. gift-pegjs
 * parses that form to the same question Moodle imports, where on the raw block it rejects or
 * misreads what Moodle accepts: unescaped `:`, `=`, `~` or `#` in the question text, `#` inside a
 * feedback, a second `####`, `{True}` (a short answer to Moodle), single numeric answers with
 * feedback.
 */
import { findLastMark, findMark, literal, plain, splitAt, trimUnits, verbatim, type Unit } from './units.ts';

/** Moodle's question types, as qformat_gift decides them. */
export type MoodleType =
  | 'category'
  | 'description'
  | 'essay'
  | 'numerical'
  | 'multichoice'
  | 'match'
  | 'truefalse'
  | 'shortanswer';

/** A block as Moodle reads it: its type, and GIFT that gift-pegjs reads the same way. */
export type MoodleReading = { type: MoodleType; gift: string } | { error: string };

// qformat_gift's $giftanswerweightregex.
const WEIGHT = /^%-*[0-9]{1,2}\.?[0-9]*%/;

function weightAndRest(answer: Unit[]): [string, Unit[]] {
  const match = WEIGHT.exec(plain(answer));
  if (!match || answer.slice(0, match[0].length).some((unit) => unit.escaped)) return ['', answer];
  return [match[0], answer.slice(match[0].length)];
}

/** `text#feedback` (qformat_gift::commentparser): the text, then `#` and the feedback if any. */
function withFeedback(answer: Unit[], text: (units: Unit[]) => string = literal): string {
  const [value = [], feedback] = splitAt(answer, '#', 2);
  return text(trimUnits(value)) + (feedback ? `#${literal(trimUnits(feedback)) || ' '}` : '');
}

/** The answers of a `=`-separated list; an empty first part (before the first `=`) is dropped. */
function answersAt(units: Unit[], mark: string): Unit[][] {
  const answers = splitAt(units, mark).map(trimUnits);
  if (answers[0]?.length === 0) answers.shift();
  return answers;
}

function classify(answer: Unit[]): MoodleType {
  const text = plain(answer);
  if (answer.length === 0) return 'essay';
  if (findMark(answer, '#') === 0) return 'numerical';
  if (findMark(answer, '~') !== -1) return 'multichoice';
  if (findMark(answer, '=') !== -1 && findMark(answer, '->') !== -1) return 'match';
  const hash = findMark(answer, '#');
  const check = hash > 0 ? plain(trimUnits(answer.slice(0, hash))) : text;
  return ['T', 'TRUE', 'F', 'FALSE'].includes(check) ? 'truefalse' : 'shortanswer';
}

function multichoice(answer: Unit[]): string {
  // Moodle turns every `=` into `~=` and splits at `~`: an `=` anywhere starts a right answer.
  const parts: { marker: string; units: Unit[] }[] = [{ marker: '~', units: [] }];
  for (const unit of answer) {
    if (!unit.escaped && (unit.char === '~' || unit.char === '=')) parts.push({ marker: unit.char, units: [] });
    else parts[parts.length - 1]?.units.push(unit);
  }
  return parts
    .map(({ marker, units }) => ({ marker, units: trimUnits(units) }))
    .filter(({ units }, index) => index > 0 || units.length > 0)
    .map(({ marker, units }) => {
      const [weight, rest] = marker === '~' ? weightAndRest(units) : ['', units];
      return `${marker}${weight}${withFeedback(rest)}`;
    })
    .join(' ');
}

function match(answer: Unit[]): string | undefined {
  const pairs = answersAt(answer, '=').map((pair) => {
    const arrow = findMark(pair, '->');
    if (arrow === -1) return undefined;
    return `=${literal(trimUnits(pair.slice(0, arrow)))} -> ${literal(trimUnits(pair.slice(arrow + 2)))}`;
  });
  return pairs.includes(undefined) ? undefined : pairs.join(' ');
}

function numerical(answer: Unit[]): string | undefined {
  const body = answer.slice(1);
  const tilde = findMark(body, '~');
  const answers = answersAt(tilde === -1 ? body : body.slice(0, tilde), '=');
  if (answers.length === 0) return undefined;
  const written = answers.map((one) => {
    const [weight, rest] = weightAndRest(one);
    return `=${weight}${withFeedback(rest, verbatim)}`;
  });
  if (tilde !== -1) {
    const feedback = splitAt(body.slice(tilde + 1), '#', 2)[1];
    if (feedback && trimUnits(feedback).length > 0) written.push(`~#${literal(trimUnits(feedback))}`);
  }
  return `#${written.join(' ')}`;
}

function answerGift(type: MoodleType, answer: Unit[]): string | undefined {
  switch (type) {
    case 'essay':
      return '';
    case 'truefalse': {
      const [value = [], wrong, right] = splitAt(answer, '#', 3);
      const feedback = [wrong, right].filter((part) => part !== undefined).map((part) => `#${literal(trimUnits(part))}`);
      return plain(trimUnits(value)) + feedback.join('');
    }
    case 'shortanswer':
      return answersAt(answer, '=')
        .map((one) => {
          const [weight, rest] = weightAndRest(one);
          return `=${weight}${withFeedback(rest)}`;
        })
        .join(' ');
    case 'multichoice':
      return multichoice(answer);
    case 'match':
      return match(answer);
    default:
      return numerical(answer);
  }
}

/**
 * How Moodle reads one block (comments already removed), as GIFT for gift-pegjs.
 * @example readAsMoodle('Monkeys fly.{True}') // { type: 'shortanswer', gift: 'Monkeys fly.{=True}' }
 */
export function readAsMoodle(text: string, units: Unit[]): MoodleReading {
  if (text.startsWith('$CATEGORY:')) return { type: 'category', gift: text };
  let rest = units;
  let title = '';
  if (findMark(units, '::') === 0) {
    rest = units.slice(2);
    const end = findMark(rest, '::');
    if (end !== -1) {
      title = `::${literal(trimUnits(rest.slice(0, end)))}::`;
      rest = trimUnits(rest.slice(end + 2));
    }
  }
  const open = findMark(rest, '{');
  const close = findMark(rest, '}');
  if (open === -1 && close === -1) return { type: 'description', gift: title + literal(rest) };
  if (open === -1 || close === -1 || close < open) {
    return { error: 'its braces do not pair up: the answers must sit between one `{` and the next `}`' };
  }
  let answer = trimUnits(rest.slice(open + 1, close));
  let general = '';
  const separator = findLastMark(answer, '####');
  if (separator !== -1) {
    general = `####${literal(trimUnits(answer.slice(separator + 4)))}`;
    answer = trimUnits(answer.slice(0, separator));
  }
  const type = classify(answer);
  const inside = answerGift(type, answer);
  if (inside === undefined) return { error: `Moodle cannot read its ${type === 'match' ? 'pairs' : 'numeric answers'}` };
  // Moodle trims the question text, so a line break before answers that end it is dropped.
  const after = rest.slice(close + 1);
  const before = after.length === 0 ? trimUnits(rest.slice(0, open)) : rest.slice(0, open);
  const stem = `${literal(before)}{${inside}${general}}${literal(after)}`;
  return { type, gift: title + stem };
}
