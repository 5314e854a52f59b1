import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Reading the PDFs the browser prints with poppler-utils (`pdftotext`, `pdftoppm`), the way a
 * reader sees paper: text in reading order, words with their place on the page, pixels.
 */

function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`The printing tests read PDFs with ${tool}, which is not installed. Install poppler-utils: sudo apt-get install -y poppler-utils (Debian/Ubuntu), brew install poppler (macOS).`);
  }
}

function withFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'mnemo-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the page as Chromium does (A4, print media, backgrounds only when asked). */
export function printPdf(page: Page, options: { background?: boolean } = {}): Promise<Buffer> {
  return page.pdf({ format: 'A4', printBackground: options.background ?? false });
}

/** The text of each printed page, in reading order, whitespace collapsed to single spaces. */
export function pdfPages(pdf: Buffer): string[] {
  const text = withFile(pdf, (file) => poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'));
  return text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').trim());
}

/** One printed word and where it is, in PDF points from the top left of its page. */
export interface PdfWord {
  page: number;
  text: string;
  /** Its horizontal middle, its left and right edges, and its top. */
  x: number;
  xMin: number;
  xMax: number;
  y: number;
  /** The width of its page. */
  pageWidth: number;
}

/** Every word of the PDF with its position (`pdftotext -bbox`). */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const xml = withFile(pdf, (file) => poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']).toString('utf8'));
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const match of xml.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (match[1]) {
      page += 1;
      pageWidth = Number(match[1]);
    } else {
      const [xMin, xMax] = [Number(match[2]), Number(match[4])];
      words.push({ page, text: match[5]!, x: (xMin + xMax) / 2, xMin, xMax, y: Number(match[3]), pageWidth });
    }
  }
  return words;
}

/** The mean lightness (0 black to 255 white) of a printed page, from a small greyscale render. */
export function pageLightness(pdf: Buffer, page = 1): number {
  const pgm = withFile(pdf, (file, dir) => {
    poppler('pdftoppm', ['-gray', '-r', '24', '-f', String(page), '-l', String(page), file, join(dir, 'out')]);
    const name = readdirSync(dir).find((f) => f.endsWith('.pgm'))!;
    return readFileSync(join(dir, name));
  });
  // Binary PGM: "P5", width, height and maximum value, each followed by whitespace, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))!;
  const pixels = pgm.subarray(header[0].length);
  let sum = 0;
  for (const value of pixels) sum += value;
  return sum / pixels.length;
}
