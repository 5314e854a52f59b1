/**
 * Building the dashboard's elements: HTML and SVG elements with attributes and children, text
 * always as text (titles and tags come from the guide, never parsed as markup).
 */

type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | number | boolean | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill<E extends Element>(element: E, attributes: Attributes, children: Child[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((c): c is Node | string => c !== false && c !== null && c !== undefined));
  return element;
}

/**
 * An HTML element.
 * @example h('a', { href: '/guide/releasing/' }, 'Releasing')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

/**
 * An SVG element; numbers are written with at most two decimals, enough on a 320-unit chart.
 * @example svg('rect', { x: 0, y: 0, width: 10, height: 4 })
 */
export function svg(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  const rounded = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v]));
  return fill(document.createElementNS(SVG_NS, tag) as SVGElement, rounded, children);
}
