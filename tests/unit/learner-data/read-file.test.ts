import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportFile, exportFileName, exportText } from '../../../src/learner-data/export-file';
import { guideId } from '../../../src/learner-data/identity';
import { MAX_FILE_CHARS, readProgressFile } from '../../../src/learner-data/read-file';
import { GUIDE, KEYS, learnerData } from './fixtures';

const stored = learnerData();
const raw = { progress: stored.get(KEYS.progress)!, review: stored.get(KEYS.review)!, exams: stored.get(KEYS.exams)! };
const file = exportFile(GUIDE, raw, Date.UTC(2026, 4, 4, 9, 30));
const text = exportText(file);
const edited = (change: (file: Record<string, any>) => void) => {
  const copy = JSON.parse(text);
  change(copy);
  return JSON.stringify(copy);
};
const problem = (content: string) => {
  const read = readProgressFile(content, GUIDE);
  return 'problem' in read ? read.problem : undefined;
};

describe('the progress file', () => {
  it('holds each stored value as it was, with the guide and the time', () => {
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, guide: GUIDE, exportedAt: '2026-05-04T09:30:00.000Z' });
    expect(JSON.stringify(file.data.exams)).toBe(raw.exams);
    expect(exportFile(GUIDE, { progress: null, review: '{oops', exams: null }, 0).data).toEqual({ progress: null, review: null, exams: null });
  });

  it('is named after the guide and the local date', () => {
    const late = Date.UTC(2026, 4, 4, 23, 30);
    expect(exportFileName('deployment-fundamentals-progress-{date}.json', late, 0)).toBe('deployment-fundamentals-progress-2026-05-04.json');
    expect(exportFileName('x-{date}.json', late, 120)).toBe('x-2026-05-05.json');
  });

  it('reads back into this guide', () => {
    const read = readProgressFile(text, GUIDE);
    expect('file' in read && read.file).toMatchObject({ guide: GUIDE, exportedAt: file.exportedAt, dropped: 0 });
    expect(problem(`\uFEFF${text}`)).toBeUndefined();
  });

  it('says why a file cannot be imported', () => {
    expect(problem(text.slice(0, 200))).toEqual({ kind: 'notJson' });
    expect(problem('{"questions":{}}')).toEqual({ kind: 'notProgress' });
    expect(problem('[1,2]')).toEqual({ kind: 'notProgress' });
    expect(problem(edited((f) => (f.version = 2)))).toEqual({ kind: 'newer' });
    expect(problem(edited((f) => (f.data.review.v = 9)))).toEqual({ kind: 'newer' });
    expect(problem(edited((f) => (f.guide = { id: 'kubernetes-basics', title: 'Kubernetes basics', base: '/' })))).toEqual({ kind: 'otherGuide', title: 'Kubernetes basics' });
    expect(problem(edited((f) => delete f.guide))).toEqual({ kind: 'damaged' });
    expect(problem(edited((f) => (f.data.progress = 'yes')))).toEqual({ kind: 'damaged' });
    expect(problem(edited((f) => (f.data.exams.results = 3)))).toEqual({ kind: 'damaged' });
    expect(problem(edited((f) => (f.data = [])))).toEqual({ kind: 'damaged' });
    expect(problem(' '.repeat(MAX_FILE_CHARS + 1))).toEqual({ kind: 'tooLarge' });
  });

  it('leaves out malformed items and counts them', () => {
    const read = readProgressFile(edited((f) => (f.data.progress.questions['q-1'].at = 'yesterday')), GUIDE);
    expect('file' in read && read.file.dropped).toBe(1);
  });
});

describe('the guide id', () => {
  it('is the id setting, or made from the title', () => {
    expect(guideId({ title: 'Deployment fundamentals' })).toBe('deployment-fundamentals');
    expect(guideId({ title: 'Déploiement : les bases' })).toBe('deploiement-les-bases');
    expect(guideId({ title: 'Основы', id: 'osnovy' })).toBe('osnovy');
    expect(guideId({ title: 'Основы' })).toMatch(/^guide-[0-9a-f]{8}$/);
    expect(guideId({ title: 'Основы' })).not.toBe(guideId({ title: 'Практика' }));
  });
});
