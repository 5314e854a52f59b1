import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { LessonFile } from '../../checks/build/remark-self-checks';
import type { LessonLink } from '../links';

/**
 * Records every internal link of every lesson with its position, so that once the whole site
 * is built each link can be checked against the pages and anchors that really exist.
 */
export function remarkCollectLinks(options: { lessonAt(path: string): LessonFile | undefined; links: LessonLink[] }) {
  return (tree: Root, file: VFile) => {
    const lesson = file.path ? options.lessonAt(file.path) : undefined;
    if (!lesson) return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = (node as { url: string }).url;
      options.links.push({ file: lesson.file, lesson: lesson.slug, url, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    });
  };
}
