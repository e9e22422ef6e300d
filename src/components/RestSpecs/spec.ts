/**
 * The REST API reference data an export carries in the page itself
 * (`export const specs = {…}`, an OpenAPI operation with the Zilliz docs'
 * `x-i18n` translations), and what the reference block shows of it.
 */
type Translations = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface Schema {
  type?: string;
  format?: string;
  description?: string;
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  items?: Schema;
  enum?: readonly unknown[];
  example?: unknown;
  default?: unknown;
  anyOf?: readonly Schema[];
  oneOf?: readonly Schema[];
  'x-i18n'?: Translations;
}

export interface Parameter {
  name: string;
  in?: string;
  description?: string;
  required?: boolean;
  schema?: Schema;
  example?: unknown;
  'x-i18n'?: Translations;
}

interface Media {
  schema?: Schema;
  example?: unknown;
  examples?: Readonly<Record<string, {summary?: string; value?: unknown}>>;
}

export interface Specs {
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: readonly Parameter[];
  requestBody?: {content?: Readonly<Record<string, Media>>};
  responses?: Readonly<Record<string, {description?: string; content?: Readonly<Record<string, Media>>}>>;
  'x-i18n'?: Translations;
}

/** A field's text in the page's language (`x-i18n[lang][key]`), else as written. */
export function localized<T extends {'x-i18n'?: Translations}>(
  node: T,
  key: keyof T & string,
  lang: string,
): string | undefined {
  const own = node['x-i18n']?.[lang]?.[key] ?? node[key];
  return own === undefined || own === null ? undefined : String(own);
}

export interface Field {
  /** `data[].id`: the field's path in the body. */
  name: string;
  type: string;
  required: boolean;
  description?: string;
  values?: string;
}

function typeOf(schema: Schema): string {
  if (schema.anyOf || schema.oneOf) return (schema.anyOf ?? schema.oneOf)!.map(typeOf).join(' | ');
  if (schema.type === 'array' && schema.items) return `${typeOf(schema.items)}[]`;
  return `${schema.type ?? 'object'}${schema.format ? ` (${schema.format})` : ''}`;
}

/** Every field of a body schema, nested ones by their path (`data[].id`), in the order written. */
export function flattenSchema(schema: Schema | undefined, lang: string, prefix = '', required = false): Field[] {
  if (!schema) return [];
  const own: Field[] = prefix
    ? [
        {
          name: prefix,
          type: typeOf(schema),
          required,
          description: localized(schema, 'description', lang),
          values: schema.enum?.map(String).join(', '),
        },
      ]
    : [];
  return [...own, ...[...(schema.anyOf ?? schema.oneOf ?? []), schema].flatMap((s) => fieldsInside(s, lang, prefix))];
}

function fieldsInside(schema: Schema, lang: string, prefix: string): Field[] {
  const join = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const fields = Object.entries(schema.properties ?? {}).flatMap(([name, child]) =>
    flattenSchema(child, lang, join(name), schema.required?.includes(name) ?? false),
  );
  // An array's items: their fields under `name[]`, without a row for the items themselves.
  if (schema.items) fields.push(...flattenSchema(schema.items, lang, `${prefix}[]`).slice(1));
  return fields;
}

/** The JSON examples of a request or response body: `examples` with their summaries, else `example`. */
export function examplesOf(media: Media | undefined): {summary?: string; json: string}[] {
  if (!media) return [];
  const named = Object.values(media.examples ?? {}).filter((e) => e.value !== undefined);
  if (named.length > 0) return named.map((e) => ({summary: e.summary, json: JSON.stringify(e.value, null, 2)}));
  return media.example === undefined ? [] : [{json: JSON.stringify(media.example, null, 2)}];
}

/** A curl command for the endpoint: method, headers with their examples, and the body example. */
export function curlExample(method: string, endpoint: string, parameters: readonly Parameter[], body?: string): string {
  const headers = parameters
    .filter((p) => p.in === 'header')
    .map((p) => `  --header "${p.name}: ${p.example === undefined ? `<${p.name}>` : String(p.example)}"`);
  const lines = [`curl --request ${method.toUpperCase()}`, `  --url "\${BASE_URL}${endpoint}"`, ...headers];
  if (body) lines.push(`  -d '${body}'`);
  return lines.join(' \\\n');
}
