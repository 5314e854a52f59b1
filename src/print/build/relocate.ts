/**
 * Moving a lesson's rendered HTML onto the one-page guide (`print/`), where every lesson
 * shares one document: each id gets the lesson's slug in front (`foundations/intro/why`),
 * so two lessons' "Summary" headings stay apart, and every reference to an id follows;
 * links to lessons, sections and their headings become links within the page; relative
 * addresses, which meant something next to the lesson, become absolute; headings move down
 * under the page's chapters; scripts go, since the page is for reading and printing.
 *
 * Works on the HTML the build itself wrote (attributes in double quotes), by string
 * replacement: no parse of every lesson, so the page costs the build little.
 */

/** Where the lesson lives and where its HTML is going. */
export interface Relocation {
  /** The lesson's slug, e.g. `foundations/intro`. */
  slug: string;
  /** The site's base, e.g. `/guide/`. */
  base: string;
  /** Slugs of the lessons and sections that have an anchor on the page (`#<slug>/`). */
  anchors: ReadonlySet<string>;
  /** How many levels each heading moves down (an `h2` with 1 becomes an `h3`), at most to `h6`. */
  shift: number;
}

/** A made-up origin for resolving addresses; anything that keeps it is on this site. */
const HERE = 'https://mnemo.invalid';
/** An opening tag; text never holds a raw `<`, and quoted values may hold `>`. */
const TAG = /<[a-zA-Z][^\s>/]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
/** The attributes that name ids (`id`, `for`, `aria-controls`...) or hold an address (`href`, `src`), in one pass. */
const ATTRIBUTES = /\s(id|for|headers|aria-labelledby|aria-describedby|aria-controls|aria-owns|href|src)="([^"]*)"/g;
const ADDRESS_NAMES = new Set(['href', 'src']);
const SCRIPTS = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const HEADINGS = /<(\/?)h([1-6])(?=[\s>])/g;
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** Attribute text as written (`&amp;` and friends) and back. */
const unescapeAttribute = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The anchor on the page for a lesson's or section's `slug`, and for the id `fragment` in it.
 * @example anchorOf('releasing/canary') // 'releasing/canary/'
 * @example anchorOf('releasing/canary', 'steps') // 'releasing/canary/steps'
 */
export function anchorOf(slug: string, fragment?: string): string {
  return fragment ? `${slug}/${fragment}` : `${slug}/`;
}

/** Where an address of the lesson leads from the one-page guide. */
function readdress(value: string, at: Relocation): string {
  if (value.startsWith('#')) return value.length > 1 ? `#${anchorOf(at.slug, value.slice(1))}` : value;
  if (EXTERNAL.test(value) && !value.startsWith(HERE)) return value;
  let url: URL;
  try {
    url = new URL(unescapeAttribute(value), `${HERE}${at.base}${at.slug}/`);
  } catch {
    return value;
  }
  if (url.origin !== HERE) return value;
  const path = decode(url.pathname);
  const target = path.startsWith(at.base) ? path.slice(at.base.length).replace(/\/$/, '') : undefined;
  if (target && at.anchors.has(target) && !url.search) return escapeAttribute(`#${anchorOf(target, url.hash.slice(1))}`);
  return escapeAttribute(url.pathname + url.search + url.hash);
}

/**
 * The lesson's HTML as it goes onto the one-page guide (see the module comment).
 * @example relocate('<h2 id="why">Why</h2><a href="#why">', { slug: 'a/b', base: '/', anchors, shift: 1 })
 * // '<h3 id="a/b/why">Why</h3><a href="#a/b/why">'
 */
export function relocate(html: string, at: Relocation): string {
  const attribute = (_: string, name: string, value: string) =>
    ` ${name}="${ADDRESS_NAMES.has(name) ? readdress(value, at) : value.split(/\s+/).filter(Boolean).map((id) => anchorOf(at.slug, id)).join(' ')}"`;
  const tag = (text: string) => text.replace(ATTRIBUTES, attribute);
  return html
    .replace(SCRIPTS, '')
    .replace(TAG, tag)
    .replace(HEADINGS, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + at.shift)}`);
}
