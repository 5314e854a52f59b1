import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { COMPILES_AT_ONCE, limitCompiles } from '../../../src/integrations/markdown';

/** A processor whose compiles wait until the test ends them, counting how many run at once. */
function countingProcessor() {
  const state = { running: 0, most: 0, started: [] as string[], pending: [] as (() => void)[] };
  const compile = async (name: string) => {
    state.running++;
    state.most = Math.max(state.most, state.running);
    state.started.push(name);
    await new Promise<void>((done) => state.pending.push(done));
    state.running--;
    return `compiled ${name}`;
  };
  const base = satteri();
  const processor = {
    ...base,
    createRenderer: async () => ({ render: (name: string) => compile(name) }),
    createMdxRenderer: async () => ({ process: (name: string) => compile(name) }),
  } as unknown as typeof base;
  return { processor, state };
}

/** Ends the compiles that are waiting, until none is left. */
async function drain(state: { pending: (() => void)[] }) {
  for (let turn = 0; turn < 1000; turn++) {
    await new Promise((tick) => setTimeout(tick, 0));
    const waiting = state.pending.splice(0);
    if (!waiting.length) return;
    for (const done of waiting) done();
  }
}

describe('lessons compiling a few at a time', () => {
  it('runs at most the limit of MDX and Markdown compiles together, in the order they were asked for, and returns each result', async () => {
    const { processor, state } = countingProcessor();
    const limited = limitCompiles(processor, 3);
    const mdx = (await limited.createMdxRenderer!({} as never, {} as never)) as unknown as { process(name: string): Promise<string> };
    const md = (await limited.createRenderer({} as never)) as unknown as { render(name: string): Promise<string> };
    const names = Array.from({ length: 20 }, (_, n) => `lesson-${n}`);
    const results = Promise.all(names.map((name, n) => (n % 4 === 0 ? md.render(name) : mdx.process(name))));
    await drain(state);
    expect(await results).toEqual(names.map((name) => `compiled ${name}`));
    expect(state.most).toBe(3);
    expect(state.started).toEqual(names);
  });

  it('frees a place when a compile fails', async () => {
    const base = satteri();
    let calls = 0;
    const failing = { ...base, createMdxRenderer: async () => ({ process: async () => (++calls === 1 ? Promise.reject(new Error('bad lesson')) : 'ok') }) } as unknown as typeof base;
    const renderer = (await limitCompiles(failing, 1).createMdxRenderer!({} as never, {} as never)) as unknown as { process(): Promise<string> };
    await expect(renderer.process()).rejects.toThrow('bad lesson');
    expect(await renderer.process()).toBe('ok');
  });

  it('keeps the processor Sätteri (Astro and MDX recognise it by name and read its options)', () => {
    const base = satteri({ features: { gfm: true } });
    const limited = limitCompiles(base);
    expect(limited.name).toBe('satteri');
    expect(limited.options).toBe(base.options);
    expect(COMPILES_AT_ONCE).toBeGreaterThan(1);
  });
});
