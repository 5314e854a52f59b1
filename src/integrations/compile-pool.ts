/**
 * Compiling lessons on more than one core. The bundler runs every transform on the main
 * thread, where compiling the MDX lessons (Sätteri, Shiki and Mnemo's plugins) took some 85%
 * of the bundle's first part while the machine's other cores were mostly idle (issue 19). The
 * pool adds compile lanes on worker threads (compile-worker.ts), each with its own Sätteri
 * processor and plugins: a lesson goes to a worker while one has room in its queue, else to
 * the main thread's own lane, and what a worker's plugins recorded comes back with the compiled
 * module and is kept as if the main thread had compiled the lesson (its survey and page ids,
 * its self-checks' props and catalogue items, its code colours). A lesson compiles to the
 * same module in either lane.
 */
import { availableParallelism } from 'node:os';
import { tsWorker } from '../lib/ts-worker';
import { collect, type CatalogueItem } from '../checks/catalogue/collect';
import { keepCompiled } from '../checks/build/compiled';
import type { CodeStyleRegistry } from '../lib/markdown/code-styles';
import type { CompiledLesson } from '../lib/survey/plugins';
import type { LessonSurvey, PageAnchor } from '../lib/survey/types';

/** An error a worker's compile threw, as data: rebuilt on the main thread with the same fields. */
export interface ErrorData {
  message: string;
  name?: string;
  stack?: string;
  fields: Record<string, unknown>;
}

/** What the main thread asks a worker: one lesson's compile, as Astro's MDX plugin asks its processor. */
export interface CompileRequest {
  id: number;
  content: string;
  file: string;
  frontmatter: unknown;
}

/** A worker's answer: the compiled module and what the plugins recorded, or the error. */
export type CompileReply = { id: number; surveys: [string, LessonSurvey][]; anchors: [string, PageAnchor[]][] } & (
  | { ok: true; result: unknown; compiled: [string, object][]; items: CatalogueItem[]; styles: [string, string][] }
  | { ok: false; error: ErrorData }
);

/** What a worker is started with: the guide's lessons and the settings the plugins read. */
export interface WorkerStart {
  lessons: [string, CompiledLesson][];
  base: string;
  expressions: boolean;
}

/** Astro's options for MDX, as a worker is sent them once Astro has made its MDX renderer. */
export interface MdxSetup {
  /** Astro's shared Markdown options for MDX, without Shiki's transformers (each lane makes its own). */
  shared: { shikiConfig?: object } & Record<string, unknown>;
  /** Astro's MDX options, `srcDir` as its URL's text. */
  mdx: { srcDir: string } & Record<string, unknown>;
}

/** A message to a worker: Astro's MDX options (first), then lessons to compile. */
export type WorkerMessage = ({ type: 'setup' } & MdxSetup) | ({ type: 'compile' } & CompileRequest);

/** What the pool reports to: the main thread's registries. */
export interface PoolTargets {
  onSurvey(path: string, survey: LessonSurvey): void;
  onAnchors(path: string, anchors: PageAnchor[]): void;
  codeStyles: CodeStyleRegistry;
}

/** Worker lanes for a machine with `cores` cores: one per core beyond the main thread's, at most 3. */
export function workerLanes(cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, 3));
}

/**
 * How many lessons a worker may have waiting at once: enough that it never idles while the
 * main thread, busy with the bundler, gets round to sending the next (`COMPILES_AT_ONCE` of
 * markdown.ts bounds the lessons in flight in all lanes together).
 */
export const WORKER_QUEUE = 15;

/** A compile lane: the main thread's own, or a worker's. */
interface Lane {
  waiting: number;
  /** A stopped lane takes no more lessons. */
  readonly stopped?: boolean;
  compile(content: string, file: string, frontmatter: unknown): Promise<unknown>;
}

/** The error a worker sent, as an Error with the same message, name and fields. */
function rebuilt(data: ErrorData): Error {
  const error = Object.assign(new Error(data.message), data.fields);
  // Set as Error's own is: not enumerable, so the error reads as the one the worker threw.
  if (data.name && data.name !== error.name) Object.defineProperty(error, 'name', { value: data.name, writable: true, configurable: true, enumerable: false });
  if (data.stack) error.stack = data.stack;
  return error;
}

/** A worker lane (tsWorker: it never keeps the build's process alive). */
function workerLane(start: WorkerStart, targets: PoolTargets): Lane & { setUp(setup: MdxSetup): void; stop(): void } {
  const worker = tsWorker(new URL('./compile-worker.ts', import.meta.url), start);
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let next = 0;
  let stopped = false;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`A compile worker stopped (exit code ${code}) before compiling every lesson it was given.`)));
  worker.on('message', (reply: CompileReply) => {
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    lane.waiting--;
    if (stopped && pending.size === 0) void worker.terminate();
    for (const [path, survey] of reply.surveys) targets.onSurvey(path, survey);
    for (const [path, found] of reply.anchors) targets.onAnchors(path, found);
    if (!reply.ok) return call.reject(rebuilt(reply.error));
    for (const [key, props] of reply.compiled) keepCompiled(key, props);
    for (const item of reply.items) collect(item.spec, item.parts);
    targets.codeStyles.adopt(reply.styles);
    call.resolve(reply.result);
  });
  const lane = {
    waiting: 0,
    get stopped() {
      return stopped;
    },
    compile(content: string, file: string, frontmatter: unknown) {
      lane.waiting++;
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'compile', id, content, file, frontmatter } satisfies WorkerMessage);
      });
    },
    setUp(setup: MdxSetup) {
      worker.postMessage({ type: 'setup', ...setup } satisfies WorkerMessage);
    },
    /** Takes no more lessons, and ends the worker once it has answered for those it has. */
    stop() {
      if (stopped) return;
      stopped = true;
      if (pending.size === 0) void worker.terminate();
    },
  };
  return lane;
}

/** The build's compile lanes on worker threads, started before Astro asks for its MDX renderer. */
export interface CompilePool {
  /**
   * Sends the workers Astro's MDX options and shares `local`'s compiles with them: each
   * lesson goes to a worker with fewer than `WORKER_QUEUE` waiting, else to `local`.
   * Returns `local` itself (and stops the workers) when the options cannot be sent.
   */
  share<R extends { process(content: string, file: string, frontmatter: unknown): Promise<unknown> }>(local: R, shared: Record<string, unknown>, mdx: Record<string, unknown>): R;
  /** Ends the workers (once every lesson has compiled). */
  stop(): void;
}

/**
 * Starts `workers` compile workers, which load the compile's modules while Astro sets up.
 * @param start the guide's lessons (by absolute path) and the plugins' settings
 * @param targets the main thread's registries, which each worker's records are kept in
 */
export function startCompilePool(start: WorkerStart, targets: PoolTargets, workers = workerLanes()): CompilePool {
  const lanes = Array.from({ length: workers }, () => workerLane(start, targets));
  const stop = () => lanes.forEach((lane) => lane.stop());
  return {
    stop,
    share(local, shared, mdx) {
      let setup: MdxSetup;
      try {
        // Shiki's transformers are functions: each lane makes its own (markdownConfig).
        const { transformers: _transformers, ...shikiConfig } = (shared.shikiConfig ?? {}) as { transformers?: unknown };
        setup = structuredClone({ shared: { ...shared, shikiConfig }, mdx: { ...mdx, srcDir: String(mdx.srcDir) } });
      } catch {
        stop();
        return local;
      }
      for (const lane of lanes) lane.setUp(setup);
      return pooledRenderer(local, lanes);
    },
  };
}

/** `local` with its compiles shared with the worker lanes `workers` (see `CompilePool.share`). */
function pooledRenderer<R extends { process(content: string, file: string, frontmatter: unknown): Promise<unknown> }>(local: R, workers: readonly Lane[]): R {
  const own: Lane = {
    waiting: 0,
    async compile(content, file, frontmatter) {
      own.waiting++;
      try {
        // A compile on this thread resolves within microtasks: without a turn of the event
        // loop between two, the workers' answers would wait until every lesson had compiled here.
        await new Promise((next) => setImmediate(next));
        return await local.process(content, file, frontmatter);
      } finally {
        own.waiting--;
      }
    },
  };
  return {
    ...local,
    process(content: string, file: string, frontmatter: unknown) {
      // A worker is given lessons while it has fewer than `WORKER_QUEUE` waiting (it then never
      // idles between two of them); the main thread compiles the others.
      const free = workers.reduce<Lane | undefined>((best, lane) => (!lane.stopped && lane.waiting < WORKER_QUEUE && (!best || lane.waiting < best.waiting) ? lane : best), undefined);
      return (free ?? own).compile(content, file, frontmatter);
    },
  };
}
