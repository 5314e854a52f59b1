/**
 * Filling the `print/` page while pages render, in a build by `npm run build`. Each lesson
 * page's printable HTML (components/print/PrintableLesson.astro) goes to a worker thread as
 * the page renders (`printCollector`), which moves it onto the page (relocate.ts) on a core the
 * render leaves idle, and writes the page once every lesson has rendered. Without it (the dev
 * server, `astro build` run directly), the page is filled from the built lesson pages
 * (write.ts), with the same bytes.
 */
import type { UiStrings } from '../../i18n/en';
import type { Section } from '../../lib/content/model';
import { tsWorker } from '../../lib/ts-worker';

/** What the worker is started with: the guide's tree and the site's base. */
export interface PrintStart {
  guide: Section;
  base: string;
}

/** A message to the worker: a lesson's printable HTML as its page rendered, or the order to write the page. */
export type PrintMessage = { type: 'lesson'; slug: string; html: string } | { type: 'write'; site: string; ui: Pick<UiStrings, 'print'> };

/** The print page's worker, as the build holds it. */
export interface PrintWorker {
  /** Hands over a lesson's printable HTML (what its page holds between the print markers, markers included). */
  add(slug: string, html: string): void;
  /**
   * Writes `<site>/print/index.html` from every lesson handed over, and ends the worker.
   * @throws Error as `writeGuide` does (no placeholder in the page), or when the worker stopped
   */
  write(site: string, ui: Pick<UiStrings, 'print'>): Promise<void>;
}

/** Starts the print page's worker for the guide whose tree is `guide`, served under `base`. */
export function startPrintWorker(guide: Section, base: string): PrintWorker {
  const worker = tsWorker(new URL('./print-worker.ts', import.meta.url), { guide, base } satisfies PrintStart);
  let failure: Error | undefined;
  worker.on('error', (error: Error) => (failure ??= error));
  worker.on('exit', () => (failure ??= new Error('The print page worker stopped before writing the page.')));
  return {
    add(slug, html) {
      worker.postMessage({ type: 'lesson', slug, html } satisfies PrintMessage);
    },
    write(site, ui) {
      return new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        worker.once('message', (reply: { ok: boolean; message?: string }) => {
          void worker.terminate();
          if (reply.ok) resolve();
          else reject(new Error(reply.message));
        });
        worker.once('error', reject);
        worker.once('exit', () => reject(failure));
        worker.postMessage({ type: 'write', site, ui } satisfies PrintMessage);
      });
    },
  };
}
