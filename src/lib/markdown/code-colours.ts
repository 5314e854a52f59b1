/**
 * Readable code in both themes. Shiki writes each token's light colour as `color` and its
 * dark one as `--shiki-dark`, and each block's backgrounds as `background-color` and
 * `--shiki-dark-bg`. A highlighted line (```` ```yaml {2} ````) sits on a tinted background,
 * which a theme's colours were never chosen for: github-light's comments fall to about
 * 4.2:1 on it. So every block gets its line-highlight colours here (as `--mn-hl` and
 * `--mn-hl-dark`, which the page styles use), and every token colour is nudged, when it has
 * to be, until it reaches WCAG AA (4.5:1) on both the plain and the highlighted background.
 */
import { AA_TEXT, mix, readable } from './contrast';

/** The tint of highlighted lines, and how much of it each theme's background takes (0-1). */
export const LINE_HIGHLIGHT = { tint: '#ffd60a', light: 0.25, dark: 0.16 } as const;

/** The backgrounds a block's text sits on, per theme: its own, then highlighted lines'. */
export interface CodeGrounds {
  light: string[];
  dark: string[];
}

type Declarations = [string, string][];

const parse = (style: string): Declarations =>
  style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const at = d.indexOf(':');
      return [d.slice(0, at).trim().toLowerCase(), d.slice(at + 1).trim()];
    });

const write = (declarations: Declarations) => declarations.map(([name, value]) => `${name}:${value}`).join(';');

/**
 * A block's backgrounds, read from its `<pre>` style, and that style with the highlight
 * colours added. A block without a hex background (no theme) gets none.
 * @example blockGrounds('background-color:#fff;--shiki-dark-bg:#0d1117').grounds.light // ['#fff', '#fff5c2']
 */
export function blockGrounds(preStyle: string): { grounds: CodeGrounds; style: string } {
  const declarations = parse(preStyle);
  const value = (name: string) => declarations.find(([n]) => n === name)?.[1];
  const light = value('background-color');
  const dark = value('--shiki-dark-bg');
  const grounds: CodeGrounds = { light: [], dark: [] };
  const tinted = (ground: string | undefined, amount: number) => {
    if (!ground || !/^#[\da-f]+$/i.test(ground)) return undefined;
    const hl = mix(ground, LINE_HIGHLIGHT.tint, amount);
    return { ground, hl };
  };
  const l = tinted(light, LINE_HIGHLIGHT.light);
  const d = tinted(dark, LINE_HIGHLIGHT.dark);
  if (l) {
    grounds.light.push(l.ground, l.hl);
    declarations.push(['--mn-hl', l.hl]);
  }
  if (d) {
    grounds.dark.push(d.ground, d.hl);
    declarations.push(['--mn-hl-dark', d.hl]);
  }
  return { grounds, style: write(declarations) };
}

/**
 * Styles already made readable, by style and backgrounds. A guide's code has a few dozen
 * token colours over one or two backgrounds, so it stays small; without it, measuring
 * contrast for every token of 1,000 lessons took most of a second (issue 19).
 */
const readableStyles = new Map<string, string>();

/**
 * A token's style with its light `color` and its `--shiki-dark` colour made readable on the
 * block's backgrounds of that theme (see `readable`). Other declarations are kept as written.
 */
export function readableStyle(style: string, grounds: CodeGrounds): string {
  const key = `${style}\n${grounds.light.join(',')}\n${grounds.dark.join(',')}`;
  let readableStyle = readableStyles.get(key);
  if (readableStyle === undefined) readableStyles.set(key, (readableStyle = readableTokenStyle(style, grounds)));
  return readableStyle;
}

function readableTokenStyle(style: string, grounds: CodeGrounds): string {
  return write(
    parse(style).map(([name, value]): [string, string] => {
      if (name === 'color') return [name, readable(value, grounds.light, AA_TEXT)];
      if (name === '--shiki-dark') return [name, readable(value, grounds.dark, AA_TEXT)];
      return [name, value];
    }),
  );
}
