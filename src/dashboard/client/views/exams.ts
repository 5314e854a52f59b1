/**
 * Past exam and practice-test attempts: the latest scores as a column chart (pass or not, with
 * each attempt's pass mark), and every attempt in a table, newest first, linked to its exam.
 */
import type { AttemptRow } from '../../history';
import { columnChart } from '../charts';
import { h } from '../dom';
import { lang, say } from '../words';

/** Attempts in the chart: more would make its columns too thin to read; the table lists all. */
const CHARTED = 20;
/** Up to this many columns, each is labelled with its date; beyond, with its number. */
const DATED = 7;

export function examsView(rows: readonly AttemptRow[], base: string): Node[] {
  if (!rows.length) return [h('p', {}, say('examsNone'))];
  const day = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' });
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const charted = rows.slice(-CHARTED);
  const outcome = (row: AttemptRow) => say(row.passed ? 'passed' : 'notPassed');
  const chart = columnChart({
    id: 'mn-dash-exams-chart',
    title: say('examsChart', { count: charted.length }),
    description: charted.map((r) => `${r.title}, ${when.format(r.submittedAt)}: ${r.percent}% (${outcome(r)}, ${say('passMark', { passMark: r.passMark })})`).join('; '),
    max: 100,
    columns: charted.map((r, i) => ({
      value: r.percent,
      text: `${r.percent}%`,
      label: charted.length <= DATED ? day.format(r.submittedAt) : String(i + 1),
      tone: r.passed ? 'mn-chart__column--passed' : 'mn-chart__column--failed',
      mark: r.passMark,
    })),
  });
  const head = h('tr', {}, ...(['date', 'exam', 'score', 'outcome'] as const).map((key) => h('th', { scope: 'col' }, say(key))));
  const body = [...rows].reverse().map((r) =>
    h(
      'tr',
      {},
      h('td', {}, when.format(r.submittedAt)),
      h('td', {}, h('a', { href: `${base}${r.link}/` }, r.title)),
      h('td', {}, say('scoreOf', { right: r.right, total: r.total, percent: r.percent })),
      h('td', {}, `${outcome(r)} (${say('passMark', { passMark: r.passMark })})`),
    ),
  );
  return [chart, h('table', { class: 'mn-dash__table' }, h('thead', {}, head), h('tbody', {}, ...body))];
}
