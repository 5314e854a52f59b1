/**
 * Components a lesson names that will not render as the author means: a self-check
 * component in a plain `.md` file (which shows its tags, and its answers, as text), and an
 * unknown component in an `.mdx` file (a typo such as `<Questoin>`, which would stop the
 * build at that page with "Expected component to be defined").
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { COMPONENTS, isJsxElement, positionOf } from '../../checks/build/mdx';
import { eachNode } from '../../checks/build/walk';
import { closestName } from '../suggest';
import type { Problem } from '../problems';

const TAG = new RegExp(`<(${COMPONENTS.join('|')})(?=[\\s/>])`, 'g');

/**
 * The self-check components written in a `.md` lesson, as one problem at the first: Markdown
 * passes them through as unknown HTML tags.
 */
export function markdownComponentProblems(tree: Root, file: string): Problem[] {
  const found: { name: string; line: number; column: number }[] = [];
  eachNode(tree, (node) => {
    if (node.type !== 'html') return;
    for (const match of (node as unknown as { value: string }).value.matchAll(TAG)) found.push({ name: match[1]!, ...positionOf(node) });
  });
  const first = found[0];
  if (!first) return [];
  const name = file.split('/').pop() ?? file;
  const more = found.length > 1 ? ` (and ${found.length - 1} more self-check tag${found.length > 2 ? 's' : ''})` : '';
  return [
    {
      file,
      ...first,
      message: `This \`.md\` lesson uses \`<${first.name}>\`${more}, which only \`.mdx\` lessons understand: as it is, readers would see the tags, and the answers, as text.`,
      fix: `Rename \`${name}\` to \`${name.replace(/\.md$/i, '.mdx')}\`.`,
    },
  ];
}

/** A JSX name an author may write in an `.mdx` lesson without importing it: HTML elements and Mnemo's components. */
function isKnown(name: string): boolean {
  return /^[a-z]/.test(name) || (COMPONENTS as readonly string[]).includes(name);
}

/**
 * Components in an `.mdx` lesson that Mnemo does not provide, each with the closest
 * component's name. A lesson that imports its own components (`expressions: true`) is not
 * checked: what it imports is its own business.
 */
export function unknownComponentProblems(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  eachNode(tree, (node: Node) => {
    if (!isJsxElement(node) || node.name === null || isKnown(node.name)) return;
    const guess = closestName(node.name, COMPONENTS);
    problems.push({
      file,
      ...positionOf(node),
      message: `Mnemo has no component \`<${node.name}>\`.`,
      fix: guess
        ? `Did you mean \`<${guess}>\`?`
        : `Lessons can use ${COMPONENTS.map((c) => `\`<${c}>\``).join(', ')} and HTML elements. For a literal \`<\` in prose write \`\\<\` or \`&lt;\`.`,
    });
  });
  return problems;
}
