import type { ShikiTransformer } from 'shiki';
import { blockGrounds, readableStyle, type CodeGrounds } from './code-colours';
import { codeFrame } from './code-frame';

/**
 * Shiki writes colours as inline `style` attributes, which a strict Content-Security-Policy
 * blocks. This registry turns each distinct style into a class and collects the rules, so the
 * build can ship them as one cacheable stylesheet (`_mnemo/code.css`).
 */
export class CodeStyleRegistry {
  private readonly classes = new Map<string, string>();
  private readonly taken = new Map<string, string>();

  /**
   * The class standing for one inline style declaration list. The name comes from the style
   * itself, not from the order lessons compile in, so two builds of one guide write the same
   * pages (a deploy uploads only what changed).
   */
  classFor(style: string): string {
    const key = style.split(';').map((s) => s.trim()).filter(Boolean).join(';');
    let name = this.classes.get(key);
    if (!name) {
      const hash = styleHash(key);
      // Five base-36 digits keep names short; on the rare clash the longer hash tells them apart.
      name = `mn-s${hash.slice(-5)}`;
      if (this.taken.has(name) && this.taken.get(name) !== key) name = `mn-s${hash}`;
      this.classes.set(key, name);
      this.taken.set(name, key);
    }
    return name;
  }

  /** Classes handed out since the last call, as `[style, class]`: what a compile lane sends back (compile-pool.ts). */
  take(): [string, string][] {
    const fresh = [...this.classes].slice(this.sent);
    this.sent = this.classes.size;
    return fresh;
  }

  private sent = 0;

  /**
   * Keeps classes another lane's registry handed out (`take`). A name is made from its style
   * alone, so both registries give a style the same one; only a clash of short names (two
   * styles, one name) could differ, and then the other lane's name is kept, as its page has it.
   */
  adopt(entries: readonly (readonly [string, string])[]): void {
    for (const [style, name] of entries) {
      if (this.classes.get(style) === name) continue;
      this.classes.set(style, name);
      this.taken.set(name, style);
    }
  }

  /** The stylesheet for every class handed out so far, sorted by class name. */
  css(): string {
    const rules = [...this.classes].map(([style, name]) => `.${name}{${style}}`);
    return rules.sort().join('\n') + '\n';
  }
}

/** A 64-bit FNV-1a hash of `text`, in base 36, padded to 13 digits. */
function styleHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(36).padStart(13, '0');
}

/** Parses a fence meta such as `{2,4-5}` into the set of 1-based lines to highlight. */
export function highlightedLines(meta: string | undefined): Set<number> {
  const lines = new Set<number>();
  const match = meta ? /\{([\d,\s-]+)\}/.exec(meta) : null;
  if (!match) return lines;
  for (const part of match[1]!.split(',')) {
    const [from, to] = part.trim().split('-').map((n) => Number.parseInt(n, 10));
    if (from === undefined || Number.isNaN(from)) continue;
    const last = to === undefined || Number.isNaN(to) ? from : to;
    for (let n = from; n <= last && n - from < 10_000; n++) lines.add(n);
  }
  return lines;
}

type HastElement = { type: 'element'; properties: Record<string, unknown>; children: unknown[] };

function addClass(node: HastElement, name: string) {
  const current = node.properties.class;
  const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(' ') : [];
  node.properties.class = [...list.filter(Boolean), name].join(' ');
}

function moveStylesToClasses(node: unknown, registry: CodeStyleRegistry, grounds: CodeGrounds) {
  const el = node as HastElement;
  if (el.type !== 'element') return;
  const style = el.properties.style;
  if (typeof style === 'string' && style.trim()) {
    addClass(el, registry.classFor(readableStyle(style.replace(/overflow-x:\s*auto;?/, ''), grounds)));
  }
  delete el.properties.style;
  for (const child of el.children) moveStylesToClasses(child, registry, grounds);
}

/** Adds the block's line-highlight colours to its `<pre>` style and returns its backgrounds. */
function groundsOf(root: { children: unknown[] }): CodeGrounds {
  const pre = root.children.find((child) => (child as HastElement & { tagName?: string }).tagName === 'pre') as HastElement | undefined;
  const style = pre?.properties.style;
  if (!pre || typeof style !== 'string') return { light: [], dark: [] };
  const { grounds, style: withHighlight } = blockGrounds(style);
  pre.properties.style = withHighlight;
  return grounds;
}

/**
 * Colours that never depend on the machine's load: Shiki stops colouring a line after 500 ms
 * of wall clock by default (`tokenizeTimeLimit`), so on a busy machine a line could lose its
 * colours partway and two builds of one guide would differ. Astro's highlighter does not pass
 * the option through, so this transformer sets it on the options Shiki tokenizes with
 * (`preprocess` runs on that same object, before tokenizing): 0 means no limit.
 */
export const noTimeLimit: ShikiTransformer = {
  name: 'mnemo:no-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/**
 * Shiki transformers: no time limit, code written left to right in every guide, line
 * highlighting from the fence meta, then styles moved into classes, with every colour made
 * readable on the block's backgrounds (code-colours.ts), then the block's frame with its bar
 * (code-frame.ts).
 */
export function codeTransformers(registry: CodeStyleRegistry): ShikiTransformer[] {
  return [
    noTimeLimit,
    {
      // Code reads left to right even in an Arabic or Hebrew guide; `dir` says so without CSS.
      name: 'mnemo:left-to-right',
      pre(node) {
        node.properties.dir = 'ltr';
      },
    },
    {
      name: 'mnemo:line-highlight',
      line(node, line) {
        if (highlightedLines(this.options.meta?.__raw).has(line)) addClass(node as unknown as HastElement, 'mn-hl');
      },
    },
    {
      name: 'mnemo:style-to-class',
      enforce: 'post',
      root(root) {
        const grounds = groundsOf(root);
        for (const child of root.children) moveStylesToClasses(child, registry, grounds);
      },
    },
    codeFrame(),
  ];
}
