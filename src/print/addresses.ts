/**
 * Links on paper: print.css writes each link's address after it. A lesson's own links are
 * often relative (`../canary/`), which means nothing on paper, so each gets its full address
 * in `data-print-href`: the site's origin when the guide sets `site`, else the path from the
 * root of the host. Browser-safe string work on the build's own HTML.
 */

/** A made-up origin for resolving addresses; anything that keeps it is on this site. */
const HERE = 'https://mnemo.invalid';
const LINK = /<a\s[^>]*?\bhref="([^"#][^"]*)"/g;
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * `html` with `data-print-href` on every link to a page of this site.
 * @example withPrintAddresses('<a href="../b/">', '/guide/a/x/', 'https://example.org')
 * // '<a data-print-href="https://example.org/guide/a/b/" href="../b/">'
 */
export function withPrintAddresses(html: string, page: string, site?: string): string {
  const origin = site ? new URL(site).origin : '';
  return html.replace(LINK, (tag: string, href: string) => {
    if (EXTERNAL.test(href)) return tag;
    let url: URL;
    try {
      url = new URL(href.replace(/&amp;/g, '&'), HERE + page);
    } catch {
      return tag;
    }
    const address = (origin + url.pathname + url.search + url.hash).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return `<a data-print-href="${address}"${tag.slice(2)}`;
  });
}
