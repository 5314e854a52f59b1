/**
 * Building the exam's DOM in the browser without a framework: one small element factory and
 * the live-region helper every view uses.
 */

/** Attribute values: a string is set, `true` sets a bare attribute, `false`/undefined none. */
type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * A new element with attributes and children (text or nodes).
 * @example h('button', { type: 'button', class: 'mn-button' }, 'Next')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/**
 * Says `message` in a live region; emptied first, so the same message twice is read twice.
 * @example say(status, '5 minutes left.')
 */
export function say(region: HTMLElement, message: string): void {
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}
