import type { HastPluginDefinition } from 'satteri';

/**
 * Puts a line break between the cells of every table row that has none. The search index
 * reads text rather than layout, so cells written with nothing between them
 * (`<th>Class</th><th>Meaning</th>`) run together in a result's excerpt: "ClassMeaningExample".
 * White space between cells changes nothing on the page. A Sätteri hast plugin.
 */
export function cellSpacingPlugin(): HastPluginDefinition {
  return {
    name: 'mnemo:cell-spacing',
    element: {
      filter: ['tr'],
      visit(row, ctx) {
        row.children.forEach((cell, index) => {
          const before = row.children[index - 1];
          if (before?.type === 'element' && cell.type === 'element') ctx.insertBefore(cell, { type: 'text', value: '\n' });
        });
      },
    },
  };
}
