/**
 * The `ui:` setting: a guide's own wording for any interface string, by group and key.
 *
 * ```yaml
 * ui:
 *   question:
 *     check: Submit
 *   page:
 *     lessonCount: { one: "{count} chapter", other: "{count} chapters" }
 * ```
 */
import { en } from '../i18n/en';
import type { UiOverrides } from '../i18n';
import type { Problem } from './problems';
import { closestName } from './suggest';
import { describeValue, type YamlSource } from './content/yaml-source';

/** CLDR plural categories, as `Intl.PluralRules` names them. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

type Model = string | { other: string; [category: string]: string | undefined };
type Where = (path: string[]) => { file: string; line: number; column: number };

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const formsOf = (model: Model): string[] => (typeof model === 'string' ? [model] : Object.values(model).filter((f): f is string => !!f));

/** Problems of one text: not text, empty, or a `{value}` this string never gets. */
function textProblems(form: unknown, name: string, model: Model, at: Where, path: string[]): Problem[] {
  const example = typeof model === 'string' ? model : model.other;
  if (typeof form !== 'string' && typeof form !== 'number') {
    return [{ ...at(path), message: `\`${name}\` cannot be ${describeValue(form)}.`, fix: `Write the text, e.g. \`${name.split('.').at(-1)}: ${example}\`.` }];
  }
  if (!String(form).trim()) return [{ ...at(path), message: `\`${name}\` cannot be empty.`, fix: `Write the text, or leave \`${name}\` out to keep Mnemo's wording.` }];
  const allowed = new Set(formsOf(model).flatMap(placeholders));
  const fix = allowed.size ? `This string can use ${[...allowed].map((p) => `{${p}}`).join(', ')}.` : 'This string takes no values: write it without braces.';
  return placeholders(String(form))
    .filter((p) => !allowed.has(p))
    .map((p) => ({ ...at(path), message: `\`${name}\` uses \`{${p}}\`, which Mnemo does not fill in here.`, fix }));
}

/** Problems of one string's value: text for any string, or plural forms for a counted one. */
function valueProblems(value: unknown, name: string, model: Model, at: Where): Problem[] {
  if (!isMapping(value)) return textProblems(value, name, model, at, []);
  if (typeof model === 'string') return [{ ...at([]), message: `\`${name}\` is one text, not plural forms.`, fix: `Write it as text, e.g. \`${name.split('.').at(-1)}: ${model}\`.` }];
  const problems = Object.entries(value).flatMap(([category, form]): Problem[] => {
    if (CATEGORIES.includes(category)) return textProblems(form, `${name}.${category}`, model, at, [category]);
    const guess = closestName(category, CATEGORIES);
    const fix = guess ? `Did you mean \`${guess}\`?` : `Plural forms are ${CATEGORIES.join(', ')}; write those your language uses (docs/languages.md).`;
    return [{ ...at([category]), message: `\`${category}\` is not a plural category.`, fix }];
  });
  if (!('other' in value)) problems.push({ ...at([]), message: `\`${name}\` has no \`other\` form.`, fix: `Add the form for every count the others leave out, e.g. \`other: ${model.other}\`.` });
  return problems;
}

/** Problems of one group: unknown, not a mapping, or unknown or wrong strings in it. */
function groupProblems(group: string, strings: unknown, at: Where): Problem[] {
  const groups = Object.keys(en);
  if (!(group in en)) {
    const guess = closestName(group, groups);
    return [{ ...at([group]), message: `Unknown group of interface strings \`ui.${group}\`.`, fix: guess ? `Did you mean \`${guess}\`? Write \`${guess}:\`.` : `The groups are ${groups.join(', ')}.` }];
  }
  const models = en[group as keyof typeof en] as Record<string, Model>;
  const keys = Object.keys(models);
  if (!isMapping(strings)) return [{ ...at([group]), message: `\`ui.${group}\` cannot be ${describeValue(strings)}.`, fix: `Write one string per line under it, e.g. \`${keys[0]}: ${formsOf(models[keys[0]!]!)[0]}\`.` }];
  return Object.entries(strings).flatMap(([key, value]) => {
    if (key in models) return valueProblems(value, `ui.${group}.${key}`, models[key]!, (path) => at([group, key, ...path]));
    const guess = closestName(key, keys);
    return [{ ...at([group, key]), message: `Unknown interface string \`ui.${group}.${key}\`.`, fix: guess ? `Did you mean \`${guess}\`? Write \`${guess}:\`.` : `The strings of \`${group}\` are ${keys.join(', ')}.` }];
  });
}

/** Every text as a string: YAML reads a text such as `12` as a number. */
function asText(value: unknown): unknown {
  return isMapping(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)])) : String(value);
}

/**
 * Reads the `ui:` setting (`value`, as parsed; undefined when absent): the overrides when
 * every group, string and value is right, else a problem for each one that is not, with its
 * line and column in `file` and the known name it most likely misspells.
 */
export function readUiOverrides(value: unknown, file: string, source: YamlSource): { overrides: UiOverrides; problems: Problem[] } {
  if (value === undefined) return { overrides: {}, problems: [] };
  const at: Where = (path) => ({ file, ...source.position(['ui', ...path]) });
  if (!isMapping(value)) {
    const fix = 'Write a group, then its strings, indented: `ui:`, then `  question:`, then `    check: Submit`.';
    return { overrides: {}, problems: [{ ...at([]), message: `The setting \`ui\` cannot be ${describeValue(value)}.`, fix }] };
  }
  const problems = Object.entries(value).flatMap(([group, strings]) => groupProblems(group, strings, at));
  if (problems.length) return { overrides: {}, problems };
  return { overrides: Object.fromEntries(Object.entries(value).map(([group, strings]) => [group, asText(strings)])) as UiOverrides, problems: [] };
}
