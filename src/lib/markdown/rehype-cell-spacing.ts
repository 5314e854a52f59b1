import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Puts a line break between the cells of every table row. MDX writes a table with nothing
 * between its cells (`<th>Class</th><th>Meaning</th>`), and the search index, which reads
 * text rather than layout, then runs the cells together: "ClassMeaningExample" in a result's
 * excerpt. White space between cells changes nothing on the page.
 */
export function rehypeCellSpacing() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'tr') return;
      for (let i = node.children.length - 1; i > 0; i--) {
        const [before, after] = [node.children[i - 1]!, node.children[i]!];
        if (before.type === 'element' && after.type === 'element') node.children.splice(i, 0, { type: 'text', value: '\n' });
      }
    });
  };
}
