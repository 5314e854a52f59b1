/**
 * The setup form of `<mnemo-exam>`: the layout choice on every exam, and on the practice page
 * the sections, topics, size, timing and weak-spot choices. Reads and fills the form; the
 * choices travel in the address (`src/exam/query.ts`).
 */
import type { Layout } from '../attempt';
import type { ExamConfig, StartOptions } from '../config';
import { MAX_PRACTICE_COUNT, practiceTimeLimit, readPracticeQuery, writePracticeQuery, type PracticeOptions } from '../query';

/** The layout chosen in the form. */
export function formLayout(form: HTMLFormElement): Layout {
  return new FormData(form).get('layout') === 'all' ? 'all' : 'one';
}

/** The practice choices in the form (the count kept within 1 and the form's maximum). */
export function formPractice(form: HTMLFormElement): PracticeOptions {
  const data = new FormData(form);
  const input = form.elements.namedItem('count') as HTMLInputElement | null;
  const max = Number(input?.max) || MAX_PRACTICE_COUNT;
  const count = Math.min(Math.max(Math.floor(Number(data.get('count'))) || 1, 1), max);
  return {
    sections: data.getAll('section').map(String),
    tags: data.getAll('tag').map(String),
    count,
    timed: data.has('timed'),
    weakSpots: data.has('weak'),
  };
}

/** Fills the form: the layout, and on the practice page the choices an address holds. */
export function fillForm(form: HTMLFormElement, layout: Layout, practice?: PracticeOptions): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    if (input.name === 'layout') input.checked = input.value === layout;
    if (!practice) continue;
    if (input.name === 'section') input.checked = practice.sections.includes(input.value);
    if (input.name === 'tag') input.checked = practice.tags.includes(input.value);
    if (input.name === 'count') input.value = String(Math.min(practice.count, Number(input.max) || practice.count));
    if (input.name === 'timed') input.checked = practice.timed;
    if (input.name === 'weak') input.checked = practice.weakSpots;
  }
}

/** The practice choices in an address (its seed apart), keeping only the sections and topics the form offers. */
export function addressPractice(form: HTMLFormElement, search: string): PracticeOptions {
  const values = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);
  const { sections, tags, count, timed, weakSpots } = readPracticeQuery(search, { sections: values('section'), tags: values('tag') });
  return { sections, tags, count, timed, weakSpots };
}

/** Whether two sets of practice choices make the same test (sections and topics in any order). */
export function samePractice(a: PracticeOptions, b: PracticeOptions): boolean {
  const set = (list: string[]) => [...list].sort().join('\n');
  return set(a.sections) === set(b.sections) && set(a.tags) === set(b.tags) && a.count === b.count && a.timed === b.timed && a.weakSpots === b.weakSpots;
}

/**
 * What starts from the form with `seed`: an exam page's own settings, or the practice choices.
 * @example startOptions(config, form, newSeed())
 */
export function startOptions(config: ExamConfig, form: HTMLFormElement, seed: string): StartOptions {
  const layout = formLayout(form);
  if (config.questions !== undefined) {
    return { seed, count: config.questions, selection: config.selection, weakSpots: false, layout, ...(config.timeLimit === undefined ? {} : { timeLimit: config.timeLimit }) };
  }
  const practice = formPractice(form);
  const timeLimit = practice.timed ? practiceTimeLimit(practice.count) : undefined;
  return { seed, count: practice.count, selection: { sections: practice.sections, tags: practice.tags }, weakSpots: practice.weakSpots, layout, ...(timeLimit === undefined ? {} : { timeLimit }) };
}

/** The address query of a test: the seed, and on the practice page the choices. */
export function addressQuery(config: ExamConfig, form: HTMLFormElement, seed: string, search: string): string {
  if (config.questions !== undefined) {
    const params = new URLSearchParams(search);
    params.set('seed', seed);
    return params.toString();
  }
  return writePracticeQuery({ ...formPractice(form), seed });
}
