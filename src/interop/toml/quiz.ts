/**
 * Reading an mdbook-quiz TOML file (read with smol-toml) into its questions, each with the line
 * where its `[[questions]]` table starts. Shapes follow mdbook-quiz's JSON Schema
 * (../shared/corpora/mdbook-quiz/reference/mdbook-quiz.schema.json).
 */
import { parse, TomlError } from 'smol-toml';

/** One `[[questions]]` entry, with its prompt and answer tables as read. */
export interface QuizQuestion {
  type: string;
  id?: string;
  prompt: Record<string, unknown>;
  answer: Record<string, unknown>;
  /** Markdown shown once the question is answered. */
  context?: string;
  /** Key of the shared `[multipart]` text this question belongs to. */
  multipart?: string;
  line: number;
}

/** A whole quiz file. */
export interface Quiz {
  questions: QuizQuestion[];
  /** `[multipart]`: shared Markdown by key. */
  multipart: Record<string, string>;
}

/** A string value, or undefined for anything else. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A list of strings, or undefined when the value is not one. */
export function texts(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

function table(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Lines of the `[[questions]]` headers, to report where each question starts. */
function questionLines(source: string): number[] {
  const lines: number[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*\[\[\s*questions\s*\]\]/.test(line)) lines.push(index + 1);
  });
  return lines;
}

/**
 * The quiz in a TOML source, or why it is not one (with the line of a TOML syntax error).
 * @example readQuiz('[[questions]]\ntype = "ShortAnswer"\nprompt.prompt = "Keyword?"\nanswer.answer = "let"')
 */
export function readQuiz(source: string): Quiz | { error: string; line: number } {
  let data: Record<string, unknown>;
  try {
    data = parse(source) as Record<string, unknown>;
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    return { error: `it is not valid TOML: ${(error as Error).message.split('\n')[0]}`, line };
  }
  const entries: unknown = data.questions;
  if (!Array.isArray(entries)) return { error: 'it has no `[[questions]]` table, so it is not an mdbook-quiz file', line: 1 };
  const lines = questionLines(source);
  const multipart = Object.fromEntries(
    Object.entries(table(data.multipart)).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])),
  );
  const questions = entries.map((entry: unknown, index: number): QuizQuestion => {
    const question = table(entry);
    const id = text(question.id);
    const context = text(question.context);
    const part = text(question.multipart);
    return {
      type: text(question.type) ?? '',
      ...(id === undefined ? {} : { id }),
      prompt: table(question.prompt),
      answer: table(question.answer),
      ...(context === undefined ? {} : { context }),
      ...(part === undefined ? {} : { multipart: part }),
      line: lines.length === entries.length ? (lines[index] ?? 1) : 1,
    };
  });
  return { questions, multipart };
}
