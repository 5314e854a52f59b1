/**
 * Writes a deterministic benchmark guide twice from the same lessons: in Mnemo's syntax
 * (`<dir>/mnemo/`: `_guide.yaml`, section folders with `_section.yaml`, `.mdx` lessons) and with
 * the self-checks as plain HTML for the floor (`<dir>/floor/`: the same folders and lessons).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonSource, lessonSpec, type Dialect } from './lesson.ts';
import { TOPICS } from './topics.ts';

/** The generated guide's layout and the lesson whose page is compared across sizes. */
export interface GeneratedGuide {
  /** The guide in Mnemo's syntax, for `MNEMO_CONTENT`. */
  mnemoDir: string;
  /** The same lessons with plain-HTML self-checks, for the floor. */
  floorDir: string;
  lessons: number;
  sections: number;
  /** Route slug of the probe lesson, e.g. `section-06/lesson-0055`. */
  probeSlug: string;
}

/** The seed of the probe lesson, so its body is the same whatever the guide's size. */
const PROBE_SEED = 0x5eed;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Where the probe lesson sits: the middle lesson of the middle section. */
export function probePosition(lessons: number, sections: number): { section: number; position: number } {
  const perSection = Math.ceil(lessons / sections);
  const section = Math.floor(sections / 2);
  return { section, position: Math.floor(Math.min(perSection, lessons - section * perSection) / 2) };
}

/**
 * Writes a guide of `lessons` lessons spread evenly over `sections` folders into `dir`
 * (emptied first), in both dialects. The probe lesson's body comes from a fixed seed, so its
 * page can be compared between guides of different sizes.
 * @example generateGuide('bench/.out/content-100', 100, 10)
 */
export function generateGuide(dir: string, lessons: number, sections: number): GeneratedGuide {
  const dirs: Record<Dialect, string> = { mnemo: join(dir, 'mnemo'), floor: join(dir, 'floor') };
  rmSync(dir, { recursive: true, force: true });
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  writeFileSync(join(dirs.mnemo, '_guide.yaml'), 'title: Bench guide\ndescription: A generated guide for measuring build time, memory and output size.\n');
  const perSection = Math.ceil(lessons / sections);
  const probe = probePosition(lessons, sections);
  let probeSlug = '';
  let number = 0;
  for (let s = 0; s < sections && number < lessons; s++) {
    const folder = `section-${pad(s + 1, 2)}`;
    const topic = TOPICS[s % TOPICS.length]!;
    for (const d of Object.values(dirs)) mkdirSync(join(d, folder));
    writeFileSync(join(dirs.mnemo, folder, '_section.yaml'), `title: "Part ${s + 1}: ${topic.name}"\norder: ${s + 1}\ndescription: "Lessons on ${topic.name} and the settings around it."\n`);
    for (let p = 0; p < perSection && number < lessons; p++) {
      number += 1;
      const name = `lesson-${pad(number, 4)}`;
      const isProbe = s === probe.section && p === probe.position;
      if (isProbe) probeSlug = `${folder}/${name}`;
      const lesson = lessonSpec(isProbe ? PROBE_SEED : number, number, p + 1);
      for (const dialect of ['mnemo', 'floor'] as const) writeFileSync(join(dirs[dialect], folder, `${name}.mdx`), lessonSource(lesson, dialect));
    }
  }
  return { mnemoDir: dirs.mnemo, floorDir: dirs.floor, lessons, sections, probeSlug };
}
