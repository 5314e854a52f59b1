/**
 * Which attributes each self-check component accepts, and reporting any other: a typo
 * like `corect` would otherwise silently turn a right answer into a wrong one.
 */
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { closestName } from '../../lib/suggest';
import type { ComponentName, JsxElement } from './mdx';
import type { CheckContext } from './report';

/** The attributes an author may write on each component (the authoring contract's table). */
export const ALLOWED_ATTRIBUTES: Record<ComponentName, readonly string[]> = {
  Question: ['id', 'multiple', 'shuffle'],
  Choice: ['correct', 'feedback'],
  Answer: ['accept', 'number', 'tolerance', 'caseSensitive'],
  Step: [],
  Pair: ['prompt'],
  Blank: ['accept', 'number', 'tolerance', 'caseSensitive'],
  Hint: [],
  Explanation: [],
  Flashcard: ['id', 'front'],
  Deck: ['title', 'shuffle'],
};

function listOf(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted.join('');
}

/** The fix for an unknown attribute: the near miss, or what the component accepts. */
function unknownFix(name: string, component: ComponentName): string {
  const allowed = ALLOWED_ATTRIBUTES[component];
  const near = closestName(name, allowed);
  if (near) return `Did you mean \`${near}\`?`;
  if (allowed.length === 0) return `Remove it; \`<${component}>\` takes no attributes.`;
  return `Remove it; \`<${component}>\` accepts ${listOf(allowed)}.`;
}

/** Reports unknown, repeated and spread attributes on a self-check component. */
export function checkAttributeNames(element: JsxElement, component: ComponentName, ctx: CheckContext): void {
  const allowed = ALLOWED_ATTRIBUTES[component];
  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      ctx.report(
        [attribute, element],
        `\`<${component}>\` does not take spread attributes like \`{${attribute.value}}\`.`,
        'Write each attribute out by name, with a literal value.',
      );
    } else if (!allowed.includes(attribute.name)) {
      ctx.report(
        [attribute, element],
        `\`<${component}>\` has no attribute \`${attribute.name}\`.`,
        unknownFix(attribute.name, component),
      );
    } else if (seen.has(attribute.name)) {
      ctx.report(
        [attribute, element],
        `\`<${component}>\` has \`${attribute.name}\` twice.`,
        `Keep one \`${attribute.name}\`.`,
      );
    }
    if (attribute.type === 'mdxJsxAttribute') seen.add(attribute.name);
  }
}

/**
 * The attribute of one of `elements` that misspells `name` (`corect` for `correct`), if any:
 * the cause of a problem about `name` missing.
 */
export function misspelt(elements: readonly JsxElement[], component: ComponentName, name: string): MdxJsxAttribute | undefined {
  const allowed = ALLOWED_ATTRIBUTES[component];
  for (const element of elements) {
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || allowed.includes(attribute.name)) continue;
      if (closestName(attribute.name, allowed) === name) return attribute;
    }
  }
  return undefined;
}
