import { describe, expect, it } from 'vitest';
import { columns, FRAME, levelY } from '../../../src/dashboard/chart';

describe('column chart geometry', () => {
  const plot = FRAME.height - FRAME.top - FRAME.bottom;

  it('scales columns to the largest value, standing on one baseline', () => {
    const [a, b, c] = columns([2, 0, 4]);
    expect(c!.height).toBe(plot);
    expect(a!.height).toBe(plot / 2);
    expect(b!.height).toBe(0);
    for (const col of [a!, b!, c!]) expect(col.y + col.height).toBe(FRAME.top + plot);
  });

  it('spreads columns over the width with gaps, in order', () => {
    const cols = columns([1, 1, 1, 1, 1, 1, 1]);
    expect(cols[0]!.x).toBeGreaterThan(0);
    expect(cols[6]!.x + cols[6]!.width).toBeLessThan(FRAME.width);
    for (let i = 1; i < 7; i++) expect(cols[i]!.x).toBeGreaterThan(cols[i - 1]!.x + cols[i - 1]!.width);
  });

  it('keeps a small value visible, and draws nothing when every value is zero', () => {
    expect(columns([1, 1000])[0]!.height).toBe(1);
    expect(columns([0, 0]).every((c) => c.height === 0)).toBe(true);
  });

  it('scales to a fixed maximum, such as 100 percent', () => {
    expect(columns([50], FRAME, 100)[0]!.height).toBe(plot / 2);
    expect(levelY(70, 100)).toBeCloseTo(FRAME.top + plot * 0.3);
  });
});
