/**
 * The dashboard's charts as SVG: a bar of answered and right for each row, and column charts
 * (cards due per day, scores per attempt). A chart is an image with a title, and its numbers
 * are written on it as text and said in its description, so nothing is told by colour or
 * shape alone.
 */
import { columns, FRAME, levelY } from '../chart';
import type { Tally } from '../summary';
import { h, svg } from './dom';

/**
 * A row's bar: right answers, then answered but not right, on a track of all the row's
 * questions. Hidden from screen readers: the sentence beside it says the same in words.
 */
export function answeredBar(tally: Tally): SVGElement {
  const total = tally.questions || 1;
  const right = (tally.right / total) * 100;
  const wrong = ((tally.answered - tally.right) / total) * 100;
  return svg(
    'svg',
    { class: 'mn-bar', viewBox: '0 0 100 6', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: 'mn-bar__track', x: 0, y: 0, width: 100, height: 6 }),
    right > 0 && svg('rect', { class: 'mn-bar__right', x: 0, y: 0, width: right, height: 6 }),
    wrong > 0 && svg('rect', { class: 'mn-bar__wrong', x: right, y: 0, width: wrong, height: 6 }),
  );
}

/** One column of a chart: its value, the text written on it, its label below, and how it looks. */
export interface ColumnData {
  value: number;
  text: string;
  label: string;
  /** A class for its colour, e.g. passed or not. */
  tone?: string;
  /** A level marked across the column, on the same scale (a pass mark). */
  mark?: number;
}

/** What a column chart shows: its title, a sentence with every number, and its columns. */
export interface ChartData {
  id: string;
  title: string;
  description: string;
  columns: ColumnData[];
  /** The top of the scale (100 for percent); the largest value when absent. */
  max?: number;
}

/**
 * A column chart as an accessible image in a figure: the caption names it (and is its `<title>`),
 * `<desc>` gives every number in words.
 */
export function columnChart(chart: ChartData): HTMLElement {
  const max = chart.max ?? Math.max(0, ...chart.columns.map((c) => c.value));
  const boxes = columns(chart.columns.map((c) => c.value), FRAME, max);
  const baseline = FRAME.height - FRAME.bottom;
  const image = svg(
    'svg',
    { class: 'mn-chart', viewBox: `0 0 ${FRAME.width} ${FRAME.height}`, role: 'img', 'aria-labelledby': `${chart.id}-caption`, 'aria-describedby': `${chart.id}-desc` },
    svg('title', {}, chart.title),
    svg('desc', { id: `${chart.id}-desc` }, chart.description),
    svg('line', { class: 'mn-chart__axis', x1: 0, x2: FRAME.width, y1: baseline, y2: baseline }),
    ...chart.columns.flatMap((column, i) => {
      const box = boxes[i]!;
      const mark = column.mark === undefined ? undefined : levelY(column.mark, max);
      // The value sits above its column, and above the mark when the mark is higher.
      const top = Math.min(box.y, mark ?? box.y);
      return [
        svg('rect', { class: `mn-chart__column ${column.tone ?? ''}`.trim(), x: box.x, y: box.y, width: box.width, height: box.height }),
        mark !== undefined && svg('line', { class: 'mn-chart__mark', x1: box.x - 2, x2: box.x + box.width + 2, y1: mark, y2: mark }),
        svg('text', { class: 'mn-chart__value', x: box.centre, y: top - 4, 'text-anchor': 'middle' }, column.text),
        svg('text', { class: 'mn-chart__label', x: box.centre, y: FRAME.height - 6, 'text-anchor': 'middle' }, column.label),
      ];
    }),
  );
  return h('figure', { class: 'mn-dash__chart' }, h('figcaption', { id: `${chart.id}-caption` }, chart.title), image);
}
