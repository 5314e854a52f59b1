/**
 * Every link and image a lesson writes, with where it is written, so each can be checked
 * against the whole guide before any page renders: Markdown links and images (references
 * through definitions included, and those in text attributes such as `feedback`), and
 * `href`/`src` written in HTML (`.md`) or as JSX attributes with a literal value (`.mdx`).
 */
import type { Definition, Root } from 'mdast';
import type { Node } from 'unist';
import { attributeMarkdown, MARKDOWN_ATTRIBUTES } from '../../checks/build/inline-markdown';
import { componentName, isJsxElement, positionOf } from '../../checks/build/mdx';
import { eachNode } from '../../checks/build/walk';
import type { LessonReference } from './types';

/** HTML attributes that hold an address the browser loads or follows. */
const URL_ATTRIBUTES = new Set(['href', 'src']);
const HTML_URL = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The references of a lesson's tree (mdast, with MDX nodes when it is `.mdx`), in document order. */
export function collectReferences(tree: Root): LessonReference[] {
  // One walk: a reference may come before its definition, so it is resolved once all are known.
  const definitions = new Map<string, Definition>();
  const found: (LessonReference | (() => LessonReference | undefined))[] = [];
  const add = (kind: LessonReference['kind'], url: string, ...at: Node[]) => found.push({ kind, url, ...positionOf(...at) });
  eachNode(tree, (node: Node) => {
    if (node.type === 'link') add('link', (node as unknown as { url: string }).url, node);
    else if (node.type === 'image') add('image', (node as unknown as { url: string }).url, node);
    else if (node.type === 'definition') {
      const definition = node as unknown as Definition;
      if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition);
    } else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const kind = node.type === 'imageReference' ? 'image' : 'link';
      const identifier = (node as unknown as { identifier: string }).identifier;
      found.push(() => {
        const definition = definitions.get(identifier);
        return definition ? { kind, url: definition.url, ...positionOf(node) } : undefined;
      });
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
        eachNode({ type: 'root', children: attributeMarkdown(attribute, attribute.value).nodes } as Root, (inner: Node) => {
          if (inner.type === 'link' || inner.type === 'image') add(inner.type, (inner as unknown as { url: string }).url, attribute as Node, node);
        });
      }
    }
  });
  return found.flatMap((entry) => {
    const reference = typeof entry === 'function' ? entry() : entry;
    return reference ? [reference] : [];
  });
}
