/**
 * The text of a Markdown body's first level-1 heading (`# Title` or a `===` underline),
 * ignoring code fences, with simple inline markup removed; undefined when there is none.
 * @example firstHeading('Intro\n\n# Canary *releases*\n') // 'Canary releases'
 */
export function firstHeading(body: string): string | undefined {
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
    if (atx) return plain(atx[1]!);
    const next = lines[i + 1];
    if (line.trim() && next !== undefined && /^ {0,3}=+[ \t]*$/.test(next) && !/^ {0,3}[-*>#]/.test(line)) {
      return plain(line.trim());
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
