import type { Heading, Parent } from 'mdast';

/**
 * A lesson without a `title` takes its first `# heading` as title; the content model finds
 * that heading (`firstHeading`, the generator's one title rule) and names its line. The page
 * already shows the title as its <h1>, so that heading is dropped from the body instead of
 * being shown twice: this removes the level-1 heading at `line` (a line of the file).
 * @returns whether there was one
 */
export function dropTitleHeading(parent: Parent, line: number): boolean {
  const at = parent.children.findIndex((node) => node.type === 'heading' && (node as Heading).depth === 1 && node.position?.start.line === line);
  if (at >= 0) {
    parent.children.splice(at, 1);
    return true;
  }
  return parent.children.some((child) => 'children' in child && dropTitleHeading(child as Parent, line));
}
