/**
 * The sweep: serves the built site under its base the way a static host would, launches
 * Chromium once, and drives the lessons a few at a time, one browser context per lesson.
 */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/browser.ts';
import { serveStatic } from '../../e2e/support/server.ts';
import { verifyLesson } from './lesson.ts';
import { pageChecks, planLessons, readManifest, type LessonPlan } from './manifest.ts';
import { firstLine } from './question.ts';
import type { LessonResult, VerifyOptions } from './types.ts';

/**
 * Drives every self-check listed in the site's `_mnemo/checks.json`; calls `onLesson` as
 * each lesson finishes (in finishing order) and returns all lessons in manifest order.
 */
export async function runSweep(options: VerifyOptions, onLesson: (result: LessonResult) => void): Promise<LessonResult[]> {
  const manifest = readManifest(options.site);
  const plans = planLessons(pageChecks(manifest));
  if (plans.length === 0) return [];
  const executablePath = findChromium();
  const server = await serveStatic([{ prefix: options.base, dir: options.site }], 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    try {
      const results = new Map<LessonPlan, LessonResult>();
      const queue = [...plans];
      const worker = async () => {
        for (let plan = queue.shift(); plan; plan = queue.shift()) {
          const context = await browser.newContext({ reducedMotion: 'reduce' });
          context.setDefaultTimeout(options.timeout);
          const url = `${origin}${options.base}${plan.path}`;
          const started = performance.now();
          // A crashed page fails its own lesson, never the whole sweep.
          const result = await verifyLesson(context, plan, url, options.timeout, manifest.ui).catch((error: unknown) => crashed(plan, url, error, started));
          await context.close().catch(() => undefined);
          results.set(plan, result);
          onLesson(result);
        }
      };
      await Promise.all(Array.from({ length: Math.min(options.concurrency, plans.length) }, worker));
      return plans.map((plan) => results.get(plan)!);
    } finally {
      await browser.close();
    }
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

/** Every self-check of a lesson failed with the error that stopped its page. */
function crashed(plan: LessonPlan, url: string, error: unknown, started: number): LessonResult {
  const reason = `the page stopped: ${firstLine(error)}`;
  const results = plan.entries.map((e) => ({ lesson: e.lesson, file: e.file, line: e.line, id: e.id, kind: e.kind, ok: false, reason }));
  return { lesson: plan.lesson, file: plan.file, url, results, seconds: (performance.now() - started) / 1000 };
}
