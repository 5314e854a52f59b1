/**
 * Importing question banks into Mnemo lessons: the format of a file (given, or told from its
 * name and content), and the importer for each format. Every importer turns one file into at
 * most one lesson and lists what it could not convert.
 */
import { importGift } from './gift/index.ts';
import type { ImportResult } from './model.ts';
import type { ImportContext } from './source.ts';
import { importToml } from './toml/index.ts';

/** The formats `npm run import` reads. */
export const FORMATS = ['gift', 'toml'] as const;

/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** True for a supported format name. */
export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

const GIFT_SIGN = /^(?:::|\$CATEGORY:)|\{\s*(?:[=~#}]|%-?\d|T\}|F\}|TRUE\b|FALSE\b)/m;

/**
 * The format of a file: by extension (`.gift`, `.toml`), else by content: mdbook-quiz
 * `[[questions]]`, GIFT titles, categories or answer braces. Undefined when nothing tells.
 * @example detectFormat('bank.txt', '::Q1:: 1+1=2 {T}') // 'gift'
 */
export function detectFormat(path: string, text: string): Format | undefined {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'gift') return 'gift';
  if (extension === 'toml') return 'toml';
  if (/^\s*\[\[\s*questions\s*\]\]/m.test(text)) return 'toml';
  if (GIFT_SIGN.test(text)) return 'gift';
  return undefined;
}

const IMPORTERS: Record<Format, (ctx: ImportContext) => ImportResult> = {
  gift: importGift,
  toml: importToml,
};

/** Imports one file in the given format. */
export function importFile(format: Format, ctx: ImportContext): ImportResult {
  return IMPORTERS[format](ctx);
}
