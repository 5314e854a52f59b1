import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { lessonRouteSlug } from '../content/slug';
import type { LessonLink } from '../links';

/**
 * Records every internal link of every lesson with its position, so that once the whole site
 * is built each link can be checked against the pages and anchors that really exist.
 */
export function remarkCollectLinks(options: { contentDir: string; rootDir: string; links: LessonLink[] }) {
  return (tree: Root, file: VFile) => {
    const path = file.path;
    if (!path || !path.startsWith(options.contentDir + sep)) return;
    const fromContent = relative(options.contentDir, path).split(sep).join('/');
    const lesson = lessonRouteSlug(fromContent);
    const source = relative(options.rootDir, path).split(sep).join('/');
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = (node as { url: string }).url;
      options.links.push({ file: source, lesson, url, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    });
  };
}
