import { describe, expect, it } from 'vitest';
import { pageReferenceSize, parseArgs } from '../../../scripts/bench/args';

describe('npm run bench arguments', () => {
  it('builds both sites at 1,000 lessons, two runs each, by default', () => {
    const args = parseArgs([]);
    expect(args.sizes).toEqual([1000]);
    expect(args.runs).toBe(2);
    // The floor goes first in every pair of turns.
    expect(args.generators).toEqual(['floor', 'mnemo']);
  });

  it('takes a small size for a quick check, and several sizes, sorted', () => {
    expect(parseArgs(['--lessons', '100']).sizes).toEqual([100]);
    expect(parseArgs(['--lessons=3000,1000']).sizes).toEqual([1000, 3000]);
  });

  it('builds 1,000 and 3,000 lessons with --large, for the growth targets', () => {
    expect(parseArgs(['--large']).sizes).toEqual([1000, 3000]);
  });

  it('reads --runs, --only, --wait and --profile', () => {
    const args = parseArgs(['--runs', '1', '--only', 'floor', '--wait', '0', '--profile']);
    expect(args).toMatchObject({ runs: 1, generators: ['floor'], wait: 0, profile: true });
  });

  it('says what is wrong, with the usage, on a bad flag or value', () => {
    expect(() => parseArgs(['--lessons', 'ten'])).toThrow(/--lessons takes whole numbers above 0, not "ten"[\s\S]*Usage:/);
    expect(() => parseArgs(['--only', 'bare'])).toThrow('--only takes floor or mnemo, not "bare"');
    expect(() => parseArgs(['--runs'])).toThrow('--runs needs a value.');
    expect(() => parseArgs(['--fast'])).toThrow('Unknown flag --fast.');
  });

  it('adds one Mnemo build at 100 lessons for the page-size target, only when it is missing', () => {
    expect(pageReferenceSize(parseArgs([]))).toBe(100);
    expect(pageReferenceSize(parseArgs(['--lessons', '100,1000']))).toBeUndefined();
    expect(pageReferenceSize(parseArgs(['--lessons', '50']))).toBeUndefined();
    expect(pageReferenceSize(parseArgs(['--only', 'floor']))).toBeUndefined();
  });
});
