/**
 * The generator's one title rule for lessons without a `title`: the text of the body's first
 * level-1 heading (`# Title` or a `===` underline), ignoring code fences, with simple inline
 * markup removed, and its 1-based line in `body`; undefined when there is none. The model
 * takes the text as the title; the compile drops the heading at that line from the page.
 * @example firstHeading('Intro\n\n# Canary *releases*\n') // { text: 'Canary releases', line: 3 }
 */
export function firstHeading(body: string): { text: string; line: number } | undefined {
  const lines = body.split(/\r?\n/);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence) continue;
    const atx = /^ {0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$/.exec(line);
    if (atx) return { text: plain(atx[1]!), line: i + 1 };
    const next = lines[i + 1];
    if (line.trim() && next !== undefined && /^ {0,3}=+[ \t]*$/.test(next) && !/^ {0,3}[-*>#]/.test(line)) {
      return { text: plain(line.trim()), line: i + 1 };
    }
  }
  return undefined;
}

function plain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}
