/**
 * Importing question banks into Mnemo lessons: the format of a file (given, or told from its
 * name and content), and the importer for each format. Every importer turns one file into at
 * most one lesson and lists what it could not convert.
 */
import { importAnki } from './anki/index.ts';
import { importGift } from './gift/index.ts';
import type { ImportResult } from './model.ts';
import type { ImportContext } from './source.ts';
import { importToml } from './toml/index.ts';

/** The formats `npm run import` reads. */
export const FORMATS = ['gift', 'toml', 'anki'] as const;

/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** True for a supported format name. */
export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

const ANKI_DIRECTIVE = /^\uFEFF?(?:tags:|#(?:separator|html|tags|columns|notetype|deck|notetype column|deck column|tags column|guid column):)/i;
const GIFT_SIGN = /^(?:::|\$CATEGORY:)|\{\s*(?:[=~#}]|%-?\d|T\}|F\}|TRUE\b|FALSE\b)/m;

/**
 * The format of a file: by extension (`.gift`, `.toml`, `.csv`, `.tsv`), else by content: Anki
 * header directives, GIFT titles, categories or answer braces, mdbook-quiz `[[questions]]`,
 * and last tab-separated rows (Anki). Undefined when nothing tells.
 * @example detectFormat('bank.txt', '::Q1:: 1+1=2 {T}') // 'gift'
 */
export function detectFormat(path: string, text: string): Format | undefined {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'gift') return 'gift';
  if (extension === 'toml') return 'toml';
  if (extension === 'csv' || extension === 'tsv') return 'anki';
  const head = text.split(/\r?\n/).slice(0, 12);
  if (head.some((line) => ANKI_DIRECTIVE.test(line))) return 'anki';
  if (/^\s*\[\[\s*questions\s*\]\]/m.test(text)) return 'toml';
  if (GIFT_SIGN.test(text)) return 'gift';
  if (text.split(/\r?\n/).some((line) => !line.startsWith('#') && line.includes('\t'))) return 'anki';
  return undefined;
}

const IMPORTERS: Record<Format, (ctx: ImportContext) => ImportResult> = {
  gift: importGift,
  toml: importToml,
  anki: importAnki,
};

/** Imports one file in the given format. */
export function importFile(format: Format, ctx: ImportContext): ImportResult {
  return IMPORTERS[format](ctx);
}
