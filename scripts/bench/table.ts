/** Plain-text tables and number formats for the benchmark's report. */

/** Bytes in a MiB and a KiB. */
export const MIB = 1024 * 1024;
export const KIB = 1024;

/** `value` with `digits` decimals, or `n/a` when it is missing or not a number. */
export function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
}

/** A ratio as `2.52x`, or `n/a`. */
export function times(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : `${value.toFixed(2)}x`;
}

/**
 * Rows under a header and a rule. `align` has one letter per column, `l` (text) or `r` (figures,
 * right-aligned so that digits line up); columns past its end are figures.
 * @example table(['site', 'wall s'], [['floor', '27.2']], 'lr')
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align = 'll'): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    widths.map((w, i) => (align[i] === 'l' ? (cells[i] ?? '').padEnd(w) : (cells[i] ?? '').padStart(w))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
