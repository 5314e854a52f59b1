/**
 * Accumulating timers for the profiling config: how long each integration hook, Sätteri
 * plugin and Shiki transformer took in total over a build.
 */

/** @type {Map<string, { ms: number; calls: number }>} */
const totals = new Map();

function add(name, ms) {
  const entry = totals.get(name) ?? { ms: 0, calls: 0 };
  entry.ms += ms;
  entry.calls += 1;
  totals.set(name, entry);
}

/**
 * Runs `fn`, adding its duration to `name`. Of an async function only the synchronous part
 * is counted (as `name (sync part)`): many lessons compile at once, so the time until its
 * promise settles is mostly waiting for the others, not work.
 */
function measure(name, fn, self, args) {
  const started = performance.now();
  const result = fn.apply(self, args);
  const isAsync = result && typeof result.then === 'function';
  add(isAsync ? `${name} (sync part)` : name, performance.now() - started);
  return result;
}

/** The integration with every hook timed. */
export function timed(integration) {
  const hooks = {};
  for (const [hook, fn] of Object.entries(integration.hooks ?? {})) {
    hooks[hook] = function (...args) {
      return measure(`hook ${integration.name} ${hook}`, fn, this, args);
    };
  }
  return { ...integration, hooks };
}

/**
 * A Sätteri plugin (an object of hooks and node visitors) with every function timed, under
 * `mdast name` or `hast name`. Async visitors count their synchronous part only.
 */
export function timedSatteriPlugin(kind, plugin) {
  const name = `${kind} ${plugin.name ?? 'anonymous'}`;
  const out = { ...plugin };
  for (const [key, value] of Object.entries(plugin)) {
    if (typeof value === 'function') {
      out[key] = function (...args) {
        return measure(name, value, this, args);
      };
    } else if (value && typeof value === 'object' && typeof value.visit === 'function') {
      const visit = value.visit;
      out[key] = {
        ...value,
        visit(...args) {
          return measure(name, visit, this, args);
        },
      };
    }
  }
  return out;
}

/** A Shiki transformer whose every hook is timed. */
export function timedTransformer(transformer) {
  const out = { ...transformer };
  for (const [key, value] of Object.entries(transformer)) {
    if (typeof value !== 'function') continue;
    out[key] = function (...args) {
      return measure(`shiki ${transformer.name ?? 'transformer'}`, value, this, args);
    };
  }
  return out;
}

/** Prints every total as `[bench] name: 12.3 ms (N calls)`, slowest first. */
export function report() {
  for (const [name, { ms, calls }] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`[bench] ${name}: ${ms.toFixed(1)} ms (${calls} calls)`);
  }
}
