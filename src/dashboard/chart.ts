/**
 * The geometry of the dashboard's column charts (cards due per day, scores per attempt): pure
 * numbers, so the layout is tested without a browser. Units are SVG user units.
 */

/** Where a chart draws: its full size and the room kept for labels above and below the columns. */
export interface Frame {
  width: number;
  height: number;
  /** Room above the tallest column for its value. */
  top: number;
  /** Room below the columns for their labels. */
  bottom: number;
}

/** One column: its box, and where its value and label are written. */
export interface Column {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Horizontal centre, for the texts. */
  centre: number;
}

/** The chart frame the dashboard uses. */
export const FRAME: Frame = { width: 320, height: 140, top: 18, bottom: 22 };

/**
 * Columns of `values` side by side, each as tall as its share of `max` (the largest value when
 * not given), with a gap of a third of a column between them. A zero value gets no height; a
 * value above zero gets at least 1 unit, so it never looks like nothing.
 * @example columns([2, 0, 4], FRAME)[2].height // FRAME.height - FRAME.top - FRAME.bottom
 */
export function columns(values: readonly number[], frame: Frame = FRAME, max = Math.max(0, ...values)): Column[] {
  const plot = frame.height - frame.top - frame.bottom;
  const slot = frame.width / Math.max(1, values.length);
  const width = (slot * 3) / 4;
  return values.map((value, i) => {
    const height = max > 0 && value > 0 ? Math.max(1, (Math.min(value, max) / max) * plot) : 0;
    const x = i * slot + (slot - width) / 2;
    return { x, y: frame.top + plot - height, width, height, centre: x + width / 2 };
  });
}

/** The height (y) of a value on the same scale as `columns`, e.g. a pass mark line. */
export function levelY(value: number, max: number, frame: Frame = FRAME): number {
  const plot = frame.height - frame.top - frame.bottom;
  return frame.top + plot - (max > 0 ? (Math.min(value, max) / max) * plot : 0);
}
