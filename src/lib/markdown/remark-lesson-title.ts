import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/**
 * A lesson without a `title` takes its first `# heading` as title (see the content model).
 * The page already shows that title as its <h1>, so the heading is dropped from the body
 * instead of being shown twice.
 */
export function remarkLessonTitle() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (typeof frontmatter?.title === 'string' && frontmatter.title.trim()) return;
    const first = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
    const node = tree.children[first];
    if (node?.type === 'heading' && node.depth === 1) tree.children.splice(first, 1);
  };
}
