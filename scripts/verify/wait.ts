/**
 * Waiting for what a learner would see, with failures worded for the report. Each helper
 * polls until the page shows the expected thing or the time runs out, then throws a
 * `Mismatch` that says what was expected and what the page showed instead.
 */
import type { Locator } from 'playwright-core';

/** A self-check did not behave as its author wrote it; the message is the report's reason. */
export class Mismatch extends Error {}

/** Text as a learner reads it: whitespace runs collapsed, trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Text for a tolerant comparison of what the author wrote with what the page renders, which
 * may use typographic punctuation (`it’s`, `“a”`, `–`, `…`) and other capitals.
 * @example loose(' It’s  “done” – ok… ') // `it's "done" - ok...`
 */
export const loose = (text: string): string =>
  squash(text)
    .toLowerCase()
    .replace(/[‘’‚‛ʼ′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/…/g, '...')
    .replace(/[–—]|-{2,}/g, '-');

/** Shortens page text quoted in a reason. */
export const quote = (text: string, max = 90): string => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

const POLL_MS = 25;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `read` until `ok` holds or `timeout` passes; returns the last value read. */
async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout: number): Promise<{ ok: boolean; value: T | undefined }> {
  const end = Date.now() + timeout;
  let value: T | undefined;
  for (;;) {
    try {
      value = await read();
      if (ok(value)) return { ok: true, value };
    } catch {
      // Detached or not yet rendered: read again.
    }
    if (Date.now() >= end) return { ok: false, value };
    await pause(POLL_MS);
  }
}

/** The waits of one page, all bounded by the same timeout. */
export class Waits {
  readonly timeout: number;

  constructor(timeout: number) {
    this.timeout = timeout;
  }

  /** Shorter waits, for what the page has already had a full timeout to show. */
  brief(): Waits {
    return new Waits(Math.min(this.timeout, 500));
  }

  /** Waits until `target` is shown; `what` names it for the report. */
  async shown(target: Locator, what: string): Promise<void> {
    const { ok } = await poll(() => visibleText(target), (text) => text !== null, this.timeout);
    if (!ok) throw new Mismatch(`${what} is not shown`);
  }

  /** Fails unless `target` is hidden (or absent); call it once the page has settled. */
  async hidden(target: Locator, what: string): Promise<void> {
    const { ok } = await poll(() => visibleText(target), (text) => text === null, this.timeout);
    if (!ok) throw new Mismatch(`${what} is shown, but should not be`);
  }

  /** Waits until `target`'s text (whitespace collapsed, shown or not) equals or matches `expected`. */
  async text(target: Locator, expected: string | RegExp, what: string): Promise<void> {
    const { ok, value } = await poll(async () => squash(await readText(target)), (text) => matches(text, expected), this.timeout);
    if (!ok) throw new Mismatch(`${what}: expected ${describe(expected)}, the page shows ${value === undefined ? 'nothing' : quote(value)}`);
  }

  /** Waits until `target` is shown and reads `expected`. */
  async shownWithText(target: Locator, expected: string | RegExp, what: string): Promise<void> {
    const { ok, value } = await poll(() => visibleText(target), (text) => text !== null && matches(squash(text), expected), this.timeout);
    if (ok) return;
    if (value === null || value === undefined) throw new Mismatch(`${what} is not shown`);
    throw new Mismatch(`${what}: expected ${describe(expected)}, the page shows ${quote(squash(value))}`);
  }

  /**
   * Waits until a live region says something and returns it. A question empties its status
   * before each message, so the first non-empty text after an action is that action's message.
   */
  async said(status: Locator, after: string): Promise<string> {
    const { ok, value } = await poll(async () => squash(await readText(status)), (text) => text !== '', this.timeout);
    if (!ok) throw new Mismatch(`${after}, the status line stayed empty (nothing was announced)`);
    return value!;
  }

  /** Waits until `target` matches exactly `count` elements. */
  async count(target: Locator, count: number, what: string): Promise<void> {
    const { ok, value } = await poll(() => target.count(), (n) => n === count, this.timeout);
    if (!ok) throw new Mismatch(`${what}: expected ${count}, the page has ${value ?? 0}`);
  }
}

/** The text of the first element matched by `target`, without waiting for one to exist. */
export async function readText(target: Locator): Promise<string> {
  return target.evaluateAll((elements) => elements[0]?.textContent ?? '');
}

/** The text of the first visible element matched by `target` (one round trip), or null when none is visible. */
async function visibleText(target: Locator): Promise<string | null> {
  return target.filter({ visible: true }).evaluateAll((elements) => (elements.length ? (elements[0]!.textContent ?? '') : null));
}

const matches = (text: string, expected: string | RegExp) => (typeof expected === 'string' ? text === squash(expected) : expected.test(text));

function describe(expected: string | RegExp): string {
  return typeof expected === 'string' ? quote(squash(expected)) : `text matching ${expected}`;
}

/** Throws a `Mismatch` unless `actual` matches `expected`; `what` says where it was read. */
export function expectSaid(actual: string, expected: string | RegExp, what: string): void {
  const ok = typeof expected === 'string' ? actual === expected : expected.test(actual);
  if (!ok) throw new Mismatch(`${what}: expected ${describe(expected)}, the page said ${quote(actual)}`);
}
