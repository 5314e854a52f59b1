import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/learner-data/apply';
import { exportFile, exportText } from '../../../src/learner-data/export-file';
import { readProgressFile, type CheckedFile } from '../../../src/learner-data/read-file';
import { GUIDE, KEYS, learnerData, memory } from './fixtures';

const KEY_LIST = [KEYS.progress, KEYS.review, KEYS.exams];
const snapshot = (data: Map<string, string>) => Object.fromEntries([...data].sort());
const exported = (data: Map<string, string>): CheckedFile => {
  const text = exportText(exportFile(GUIDE, { progress: data.get(KEYS.progress) ?? null, review: data.get(KEYS.review) ?? null, exams: data.get(KEYS.exams) ?? null }, 0));
  const read = readProgressFile(text, GUIDE);
  if (!('file' in read)) throw new Error(read.problem.kind);
  return read.file;
};

describe('importing a progress file', () => {
  it('after a reset, brings every value back byte for byte', () => {
    const before = learnerData();
    const file = exported(before);
    const { data, storage } = memory();
    expect(importFile(storage, KEYS, file)).toEqual({ ok: true, taken: 8, kept: 0, dropped: 0 });
    for (const key of KEY_LIST) expect(data.get(key), key).toBe(before.get(key));
  });

  it('twice changes nothing the second time', () => {
    const { data, storage } = memory(Object.fromEntries(learnerData()));
    const before = snapshot(data);
    expect(importFile(storage, KEYS, exported(data))).toEqual({ ok: true, taken: 0, kept: 0, dropped: 0 });
    expect(snapshot(data)).toEqual(before);
  });

  it('is never half applied: when one write fails, every value is as it was', () => {
    const file = exported(learnerData());
    const existing = { [KEYS.progress]: JSON.stringify({ v: 2, questions: { 'q-7': { result: 'right', at: 1, attempts: 1 } }, cards: {} }) };
    const { data, storage } = memory(existing, (key) => key === KEYS.exams);
    expect(importFile(storage, KEYS, file)).toEqual({ ok: false, reason: 'notSaved' });
    expect(snapshot(data)).toEqual(existing);
  });

  it('leaves alone a value a newer Mnemo stored', () => {
    const newer = JSON.stringify({ v: 5, states: {} });
    const { data, storage } = memory({ [KEYS.review]: newer });
    expect(importFile(storage, KEYS, exported(learnerData()))).toEqual({ ok: false, reason: 'storedNewer' });
    expect(snapshot(data)).toEqual({ [KEYS.review]: newer });
  });

  it('keeps an unreadable stored value aside before writing over it', () => {
    const { data, storage } = memory({ [KEYS.progress]: '{"v":2,"questions":' });
    expect(importFile(storage, KEYS, exported(learnerData()))).toMatchObject({ ok: true });
    expect(data.get(`${KEYS.progress}:damaged`)).toBe('{"v":2,"questions":');
    expect(JSON.parse(data.get(KEYS.progress)!).questions['q-1'].result).toBe('right');
  });
});
