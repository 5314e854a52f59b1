/**
 * The `print/` page's worker thread (off-thread.ts): takes each lesson's printable HTML as its
 * page renders, moves it onto the one-page guide at once (relocate.ts), on a core the render
 * leaves idle (at the lowest priority, background-thread.ts), and writes the page when asked,
 * once every lesson has rendered.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../../lib/background-thread';
import { guideOfTree } from '../../lib/content/model';
import { extractPrint, lessonLevels, printAnchors, relocatePrint, type LessonPrint } from './assemble';
import type { PrintMessage, PrintStart } from './off-thread';
import { writeGuide } from './write';

lowerThreadPriority();
const start = workerData as PrintStart;
const guide = guideOfTree(start.guide);
const anchors = printAnchors(guide);
const levels = lessonLevels(guide);
const lessons = new Map<string, LessonPrint>();

parentPort!.on('message', (message: PrintMessage) => {
  if (message.type === 'lesson') {
    const level = levels.get(message.slug);
    const parts = level === undefined || lessons.has(message.slug) ? undefined : extractPrint(message.html);
    if (parts) lessons.set(message.slug, relocatePrint(parts, message.slug, level!, start.base, anchors));
    return;
  }
  try {
    writeGuide(message.site, { guide, base: start.base, ui: message.ui, lessonPrint: (slug) => lessons.get(slug), relocated: true });
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
