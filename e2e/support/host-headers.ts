/**
 * Reading a built site's `_headers` file as Netlify and Cloudflare Pages do: each rule is a
 * path pattern (`*` matches anything) on a line of its own, then its headers indented below;
 * every rule that matches a request adds its headers.
 */
import { readFileSync } from 'node:fs';

/** One rule: the request paths it matches, and its headers. */
interface Rule {
  pattern: RegExp;
  headers: Record<string, string>;
}

function parse(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return rules;
}

/** The headers of a request path under the rules of the `_headers` file at `file`. */
export function headersFrom(file: string): (path: string) => Record<string, string> {
  const rules = parse(readFileSync(file, 'utf8'));
  return (path) => Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}
