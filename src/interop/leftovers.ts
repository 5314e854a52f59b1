/**
 * What a text conversion had to leave behind (see `TextOptions` in `mdx-text.ts`): images whose
 * files are not part of the source, and links into the source's own site. Each is reported as
 * a loss with the question it belongs to.
 */

/** Images and relative links met while converting the texts of one question or note. */
export interface Leftovers {
  media: string[];
  links: string[];
}

/** An empty collector, to pass as `TextOptions`. */
export function leftovers(): Leftovers {
  return { media: [], links: [] };
}

/** One message per image and link left behind, for the report. */
export function leftoverMessages(found: Leftovers): string[] {
  return [
    ...found.media.map((src) => `image ${src} is not imported (no file); its name stands in for it`),
    ...found.links.map((url) => `the link to ${url} is kept as its text: it points into the source's own site`),
  ];
}
