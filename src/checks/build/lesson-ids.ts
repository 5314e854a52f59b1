/**
 * Ids inside one lesson: the authored id checked against the id rule, or one derived from
 * the text, and each id used once. Learner progress is stored by id, so a duplicate would
 * make two self-checks share a saved result.
 */
import type { Node } from 'unist';
import { readAttribute, readString } from './attribute-values';
import { deriveId, isValidId, suggestId } from '../core/ids';
import { getAttribute, positionOf, type JsxElement } from './mdx';
import type { CheckContext } from './report';
import type { IdUse } from './types';

/** The message for an id used twice, naming the other place (`basics/a.mdx:12`, relative to the guide's folder). */
export function duplicateIdMessage(id: string, otherPlace: string): string {
  return `Duplicate id \`${id}\`: also used at ${otherPlace}.`;
}

/** The fix for a duplicate id. */
export function duplicateIdFix(id: string): string {
  return `Rename one of them, e.g. \`id="${id}-2"\`; ids must be unique across the whole guide.`;
}

/**
 * The final id of a question or flashcard: the authored `id` (reported when it breaks the
 * id rule), else derived from the lesson and `text`.
 */
export function resolveId(element: JsxElement, text: string, prefix: string, ctx: CheckContext): string {
  const authored = readAttribute(element, 'id', readString, ctx);
  if (authored === undefined) return deriveId(ctx.lesson, text, prefix);
  if (!isValidId(authored)) {
    const at = [getAttribute(element, 'id'), element];
    const suggestion = suggestId(authored);
    if (authored.trim() === '') {
      ctx.report(at, `\`id\` on \`<${element.name}>\` is empty.`, 'Write an id, or remove `id` to have one derived from the text.');
    } else {
      ctx.report(
        at,
        `Id \`${authored}\` may only use lowercase letters, digits and single hyphens.`,
        suggestion ? `Write \`id="${suggestion}"\`.` : 'Use lowercase letters, digits and hyphens, e.g. `id="what-is-drift"`.',
      );
    }
  }
  return authored;
}

/** Tracks the ids of one lesson and reports the second use of any of them. */
export function createIdRegistry(ctx: CheckContext): {
  claim(id: string, at: (Node | undefined)[]): void;
  uses: IdUse[];
} {
  const uses: IdUse[] = [];
  const firstLine = new Map<string, number>();
  return {
    uses,
    claim(id, at) {
      const { line, column } = positionOf(...at);
      const earlier = firstLine.get(id);
      if (earlier !== undefined) {
        ctx.report(at, duplicateIdMessage(id, `${ctx.guideFile}:${earlier}`), duplicateIdFix(id));
      } else {
        firstLine.set(id, line);
      }
      uses.push({ id, line, column });
    },
  };
}
