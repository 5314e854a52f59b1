/** Cards due today and on each of the next six days, as a column chart, with the way to review. */
import { dayStart, studyDay } from '../../../review/day';
import { dueByDay } from '../../../review/due';
import type { ReviewState } from '../../../review/state';
import { columnChart } from '../charts';
import { h } from '../dom';
import { count, lang, say } from '../words';

export function dueView(states: Readonly<Record<string, ReviewState>>, now: number, base: string): Node[] {
  if (!Object.keys(states).length) return [h('p', {}, say('dueNone'))];
  const counts = dueByDay(states, now);
  const today = studyDay(now);
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'short' });
  const labels = counts.map((_, i) => (i === 0 ? say('dueToday') : weekday.format(dayStart(today + i))));
  const chart = columnChart({
    id: 'mn-dash-due-chart',
    title: say('dueChart'),
    description: labels.map((label, i) => `${label}: ${counts[i]}`).join(', '),
    columns: counts.map((value, i) => ({ value, text: String(value), label: labels[i]! })),
  });
  return [
    chart,
    h('p', {}, count('dueNow', counts[0]!), ' ', counts[0]! > 0 && h('a', { href: `${base}review/` }, say('reviewNow'))),
  ];
}
