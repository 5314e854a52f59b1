/**
 * Reading attribute values statically. The build must know answers, ids and fronts without
 * running the lesson, so only literals count: `correct`, `correct={false}`, `id="x"`,
 * `number={-1.5}`, `accept={["a", "b"]}`.
 */
import { parseExpressionAt } from 'acorn';
import type { Expression } from 'estree';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { getAttribute, type JsxElement } from './mdx';
import type { CheckContext } from './report';

/** A value read from an attribute, or what is wrong with it. */
export type ValueResult<T> = { value: T } | { problem: string; fix: string };

/** Reads one attribute's value: a function of the attribute and the component's name. */
export type ValueReader<T> = (attribute: MdxJsxAttribute, component: string) => ValueResult<T>;

/**
 * The attribute's expression as estree. `@mdx-js/mdx` attaches it to the node; Sätteri, which
 * renders the pages, hands over only the source text, so that is parsed here (the whole text
 * must be one expression, as in `{...}`).
 */
function expressionOf(attribute: MdxJsxAttribute): Expression | undefined {
  const value = attribute.value;
  if (typeof value !== 'object' || value === null) return undefined;
  if (value.data?.estree) {
    const statement = value.data.estree.body[0];
    return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  }
  return parseSource(value.value);
}

function parseSource(source: string): Expression | undefined {
  try {
    const expression = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    // Anything after the expression but blanks makes it not one literal.
    return source.slice(expression.end).trim() === '' ? (expression as unknown as Expression) : undefined;
  } catch {
    return undefined;
  }
}

/** The value as the author wrote it, for messages: `"yes"`, `{answers}`, or "no value". */
function shown(attribute: MdxJsxAttribute): string {
  const value = attribute.value;
  if (value === null || value === undefined) return 'it has no value';
  if (typeof value === 'string') return `its value is the string \`"${value}"\``;
  return `its value is \`{${value.value}}\``;
}

function literalString(expression: Expression | undefined): string | undefined {
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

function literalNumber(expression: Expression | undefined): number | undefined {
  if (expression?.type === 'Literal' && typeof expression.value === 'number') return expression.value;
  if (expression?.type === 'UnaryExpression' && (expression.operator === '-' || expression.operator === '+')) {
    const inner = literalNumber(expression.argument);
    if (inner !== undefined) return expression.operator === '-' ? -inner : inner;
  }
  return undefined;
}

/** A yes/no attribute: bare (`correct`), `={true}` or `={false}`. */
export const readBoolean: ValueReader<boolean> = (attribute, component) => {
  if (attribute.value === null || attribute.value === undefined) return { value: true };
  const expression = expressionOf(attribute);
  if (expression?.type === 'Literal' && typeof expression.value === 'boolean') return { value: expression.value };
  const name = attribute.name;
  return {
    problem: `\`${name}\` on \`<${component}>\` is a yes/no attribute, but ${shown(attribute)}.`,
    fix: `Write \`${name}\` on its own for yes, or \`${name}={false}\` for no.`,
  };
};

/** A text attribute: `name="..."` (a literal string in braces also works). */
export const readString: ValueReader<string> = (attribute, component) => {
  if (typeof attribute.value === 'string') return { value: attribute.value };
  const value = literalString(expressionOf(attribute));
  if (value !== undefined) return { value };
  return {
    problem: `\`${attribute.name}\` on \`<${component}>\` must be plain text, but ${shown(attribute)}.`,
    fix: `Write the text in quotes: \`${attribute.name}="..."\`.`,
  };
};

/** A finite literal number: `={42}`, `={-1.5}`. A quoted number is reported with its fix. */
export const readNumber: ValueReader<number> = (attribute, component) => {
  const name = attribute.name;
  const value = literalNumber(expressionOf(attribute));
  if (value !== undefined && Number.isFinite(value)) return { value };
  const quoted = typeof attribute.value === 'string' ? attribute.value.trim() : '';
  const example = quoted !== '' && Number.isFinite(Number(quoted)) ? quoted : '42';
  return {
    problem: `\`${name}\` on \`<${component}>\` must be a literal number, but ${shown(attribute)}.`,
    fix: `Write the number in braces, e.g. \`${name}={${example}}\`.`,
  };
};

/** A non-empty literal list of non-empty strings: `={["blue-green", "blue green"]}`. */
export const readStringList: ValueReader<string[]> = (attribute, component) => {
  const name = attribute.name;
  const expression = expressionOf(attribute);
  if (expression?.type !== 'ArrayExpression') {
    const single = typeof attribute.value === 'string' ? attribute.value : 'first answer", "second answer';
    return {
      problem: `\`${name}\` on \`<${component}>\` must be a literal list of strings, but ${shown(attribute)}.`,
      fix: `Write the list out, e.g. \`${name}={["${single}"]}\`.`,
    };
  }
  if (expression.elements.length === 0) {
    return {
      problem: `\`${name}\` on \`<${component}>\` is an empty list.`,
      fix: `List at least one accepted answer, e.g. \`${name}={["blue-green"]}\`.`,
    };
  }
  const values: string[] = [];
  for (const [index, element] of expression.elements.entries()) {
    const value = element && element.type !== 'SpreadElement' ? literalString(element) : undefined;
    if (value === undefined) {
      const example = element?.type === 'Literal' ? String(element.value) : '...';
      return {
        problem: `Entry ${index + 1} of \`${name}\` on \`<${component}>\` is not a quoted string.`,
        fix: `Write every accepted answer in quotes, e.g. \`"${example}"\`.`,
      };
    }
    if (value.trim() === '') {
      return {
        problem: `Entry ${index + 1} of \`${name}\` on \`<${component}>\` is empty.`,
        fix: 'Write the accepted answer between the quotes, or remove the entry.',
      };
    }
    values.push(value);
  }
  return { value: values };
};

/**
 * The value of an attribute, or undefined when it is absent or invalid (invalid values
 * are reported at the attribute).
 */
export function readAttribute<T>(
  element: JsxElement,
  name: string,
  reader: ValueReader<T>,
  ctx: CheckContext,
): T | undefined {
  const attribute = getAttribute(element, name);
  if (!attribute) return undefined;
  const result = reader(attribute, element.name ?? '');
  if ('value' in result) return result.value;
  ctx.report([attribute, element], result.problem, result.fix);
  return undefined;
}
