/**
 * Colour contrast as WCAG 2.x defines it (relative luminance and contrast ratio, Success
 * Criterion 1.4.3), and the nudge that makes a colour readable: code themes are written by
 * others, and a highlighted line darkens the light theme's background and lightens the dark
 * one's, so token colours are checked against every background they sit on at build time.
 */

/** An sRGB colour as 0-255 channels. */
type Rgb = [number, number, number];

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`; alpha is returned apart (0-1).
 * Returns undefined for anything else (named colours, `rgb()`), which is left alone.
 */
function parse(hex: string): { rgb: Rgb; alpha: number } | undefined {
  const match = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(hex.trim());
  if (!match) return undefined;
  let digits = match[1]!;
  if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
  const channel = (n: number) => Number.parseInt(digits.slice(n * 2, n * 2 + 2), 16);
  return { rgb: [channel(0), channel(1), channel(2)], alpha: digits.length === 8 ? channel(3) / 255 : 1 };
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `a` moved toward `b` by `t` (0: a, 1: b), channel by channel. */
function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((n) => a[n]! + (b[n]! - a[n]!) * t) as Rgb;
}

/**
 * `color` mixed with `toward` by `amount` (0-1), as `#rrggbb`.
 * @example mix('#ffffff', '#000000', 0.5) // '#808080'
 */
export function mix(color: string, toward: string, amount: number): string {
  const a = parse(color);
  const b = parse(toward);
  if (!a || !b) throw new Error(`mix() takes hex colours, got ${color} and ${toward}`);
  return toHex(mixRgb(a.rgb, b.rgb, amount));
}

/** Relative luminance of an sRGB colour (WCAG 2.x definition), 0 for black to 1 for white. */
function luminanceOf(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two hex colours, from 1 (same) to 21 (black on white).
 * @example contrast('#000', '#fff') // 21
 */
export function contrast(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) throw new Error(`contrast() takes hex colours, got ${a} and ${b}`);
  const [hi, lo] = [luminanceOf(x.rgb), luminanceOf(y.rgb)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `color` as text on every one of `backgrounds` at `ratio` or better: unchanged when it
 * already is, else mixed toward black (light backgrounds) or white (dark ones) just enough.
 * A colour with alpha is first laid over the first background. Colours that are not hex
 * come back as they are.
 * @example readable('#6a737d', ['#ffffff', '#fff5c2']) // a slightly darker grey
 */
export function readable(color: string, backgrounds: readonly string[], ratio = AA_TEXT): string {
  const parsed = parse(color);
  const grounds = backgrounds.map(parse).filter((b) => b !== undefined);
  if (!parsed || grounds.length === 0) return color;
  const first = grounds[0]!.rgb;
  const own = parsed.alpha < 1 ? mixRgb(first, parsed.rgb, parsed.alpha) : parsed.rgb;
  const hexes = grounds.map((b) => toHex(b.rgb));
  // Measured on the colour as written out (channels rounded), so the result keeps its ratio.
  const worst = (rgb: Rgb) => Math.min(...hexes.map((b) => contrast(toHex(rgb), b)));
  if (worst(own) >= ratio) return parsed.alpha < 1 ? toHex(own) : color;
  const light = hexes.reduce((sum, b) => sum + luminanceOf(parse(b)!.rgb), 0) / hexes.length > 0.18;
  const target: Rgb = light ? [0, 0, 0] : [255, 255, 255];
  // Binary search for the smallest step toward black or white that reaches the ratio.
  let [low, high] = [0, 1];
  for (let i = 0; i < 20; i++) {
    const middle = (low + high) / 2;
    if (worst(mixRgb(own, target, middle)) >= ratio) high = middle;
    else low = middle;
  }
  return toHex(mixRgb(own, target, high));
}
