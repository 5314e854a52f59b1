/**
 * Every link and image a lesson writes, with where it is written, so each can be checked
 * against the whole guide before any page renders: Markdown links and images (references
 * through definitions included, and those in text attributes such as `feedback`), and
 * `href`/`src` written in HTML (`.md`) or as JSX attributes with a literal value (`.mdx`).
 */
import type { Definition, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { attributeMarkdown, MARKDOWN_ATTRIBUTES } from '../../checks/build/inline-markdown';
import { componentName, isJsxElement, positionOf } from '../../checks/build/mdx';
import type { LessonReference } from './types';

/** HTML attributes that hold an address the browser loads or follows. */
const URL_ATTRIBUTES = new Set(['href', 'src']);
const HTML_URL = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The references of a lesson's tree (mdast, with MDX nodes when it is `.mdx`), in document order. */
export function collectReferences(tree: Root): LessonReference[] {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const references: LessonReference[] = [];
  const add = (kind: LessonReference['kind'], url: string, ...at: Node[]) => references.push({ kind, url, ...positionOf(...at) });
  visit(tree, (node: Node) => {
    if (node.type === 'link') add('link', (node as unknown as { url: string }).url, node);
    else if (node.type === 'image') add('image', (node as unknown as { url: string }).url, node);
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = definitions.get((node as unknown as { identifier: string }).identifier);
      if (definition) add(node.type === 'imageReference' ? 'image' : 'link', definition.url, node);
    } else if (node.type === 'html') {
      for (const match of (node as unknown as { value: string }).value.matchAll(HTML_URL)) add('link', match[1] ?? match[2] ?? '', node);
    } else if (isJsxElement(node)) {
      const name = componentName(node);
      const markdown = (name && MARKDOWN_ATTRIBUTES[name]) || [];
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (URL_ATTRIBUTES.has(attribute.name)) add('link', attribute.value, attribute as Node, node);
        if (!markdown.includes(attribute.name)) continue;
        // Markdown parsed from an attribute has no positions of its own: its links are where the attribute is.
        visit({ type: 'root', children: attributeMarkdown(attribute, attribute.value).nodes } as Root, (inner: Node) => {
          if (inner.type === 'link' || inner.type === 'image') add(inner.type, (inner as unknown as { url: string }).url, attribute as Node, node);
        });
      }
    }
  });
  return references;
}
