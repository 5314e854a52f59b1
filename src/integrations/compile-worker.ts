/**
 * A compile lane of the build's pool (compile-pool.ts): a worker thread that compiles MDX
 * lessons with the same Sätteri processor and plugins as the build's main thread
 * (markdown.ts), one lesson at a time, and sends back with each compiled module what its
 * plugins recorded, for the main thread to keep as if it had compiled the lesson itself.
 * Started only by `npm run build`, whose `--import` hook lets Node load the generator's
 * TypeScript here as in Astro's process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { collected, resetCollected } from '../checks/catalogue/collect';
import { takeCompiled } from '../checks/build/compiled';
import { CodeStyleRegistry } from '../lib/markdown/code-styles';
import type { CompiledLesson } from '../lib/survey/plugins';
import type { LessonSurvey, PageAnchor } from '../lib/survey/types';
import type { CompileReply, ErrorData, WorkerMessage, WorkerStart } from './compile-pool';
import { markdownConfig } from './markdown';

const start = workerData as WorkerStart;
const lessons = new Map<string, CompiledLesson>(start.lessons);
const codeStyles = new CodeStyleRegistry();
let surveys: [string, LessonSurvey][] = [];
let anchors: [string, PageAnchor[]][] = [];
const { processor, shikiConfig } = markdownConfig({
  base: start.base,
  expressions: start.expressions,
  lessonAt: (path) => lessons.get(path),
  onSurvey: (path, survey) => void surveys.push([path, survey]),
  onAnchors: (path, found) => void anchors.push([path, found]),
  codeStyles,
});
/** The MDX renderer, made once Astro's options for it arrive (the first message). */
let renderer: Promise<{ process(content: string, file: string, frontmatter: unknown): Promise<unknown> }> | undefined;

/** An error as plain data: its message, name and every own field (Sätteri's line and column). */
function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(error)) {
    try {
      fields[name] = structuredClone(value);
    } catch {
      // A field that cannot be sent (a function, a handle) stays behind.
    }
  }
  return { message: error.message, name: error.name, ...(error.stack ? { stack: error.stack } : {}), fields };
}

let turn = Promise.resolve();
parentPort!.on('message', (message: WorkerMessage) => {
  if (message.type === 'setup') {
    const shared = { ...message.shared, shikiConfig: { ...message.shared.shikiConfig, transformers: shikiConfig.transformers } };
    renderer = processor.createMdxRenderer!(shared as never, { ...message.mdx, srcDir: new URL(message.mdx.srcDir) } as never) as never;
    return;
  }
  const request = message;
  // One lesson at a time: what the plugins record is then this lesson's alone.
  turn = turn.then(async () => {
    let reply: CompileReply;
    try {
      const result: unknown = await (await renderer!).process(request.content, request.file, request.frontmatter);
      reply = {
        id: request.id,
        ok: true,
        result,
        surveys,
        anchors,
        compiled: takeCompiled(),
        items: [...collected().values()],
        styles: codeStyles.take(),
      };
    } catch (error) {
      takeCompiled();
      codeStyles.take();
      reply = { id: request.id, ok: false, error: errorData(error), surveys, anchors };
    }
    surveys = [];
    anchors = [];
    resetCollected();
    parentPort!.postMessage(reply);
  });
});
