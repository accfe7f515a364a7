/** One JSON-schema node, as pydantic's `model_json_schema()` writes it (the parts a form uses). */
export interface JsonSchema {
  type?: string | string[]; title?: string; description?: string; default?: unknown;
  minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number;
  enum?: unknown[]; const?: unknown; pattern?: string; maxLength?: number;
  anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[]; items?: JsonSchema;
  properties?: Record<string, JsonSchema>; required?: string[];
  $ref?: string; $defs?: Record<string, JsonSchema>; definitions?: Record<string, JsonSchema>;
}

/** How a field is edited: a number box, a switch, a choice, text, a comma-separated list, or JSON. */
export type SchemaFieldKind = 'number' | 'integer' | 'boolean' | 'enum' | 'text' | 'list' | 'json';

/** One top-level property of a schema, ready to render. */
export interface SchemaField {
  name: string; label: string; kind: SchemaFieldKind;
  /** An enum's choices as shown, and the values they stand for. */
  options: string[]; values: unknown[];
  /** Text without a pattern or a short maximum length gets a text area. */
  multiline: boolean;
  min?: number; max?: number; help: string; required: boolean; placeholder: string; dflt: unknown;
}

/** `^(a|b|c)$`: pydantic's way of writing a choice of plain words as a string pattern. */
const CHOICE_PATTERN = /^\^\(([\w.-]+(?:\|[\w.-]+)+)\)\$$/;

/** Follows a local `$ref` (`#/$defs/X`, `#/definitions/X`) and a one-element `allOf`; the
 *  referring node's own keys (default, description) win over the definition's. */
function resolve(node: JsonSchema, root: JsonSchema, depth = 0): JsonSchema {
  if (depth > 16) return node;
  if (node.$ref) {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(node.$ref);
    const target = m ? root[m[1] as '$defs' | 'definitions']?.[decodeURIComponent(m[2]).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    if (!target) return node;
    const { $ref: _ref, ...own } = node;
    return resolve({ ...target, ...own }, root, depth + 1);
  }
  if (node.allOf?.length === 1) {
    const { allOf, ...own } = node;
    return resolve({ ...allOf[0], ...own }, root, depth + 1);
  }
  return node;
}

const isNull = (n: JsonSchema) => n.type === 'null';

/** The node a field edits: references resolved, `X | None` (anyOf/oneOf with null, or a type
 *  list with 'null') reduced to X. A union of several real types stays a union (edited as JSON). */
function flatten(node: JsonSchema, root: JsonSchema): JsonSchema {
  const n = resolve(node, root);
  const alts = n.anyOf ?? n.oneOf;
  if (alts) {
    const real = alts.map((a) => resolve(a, root)).filter((a) => !isNull(a));
    if (real.length !== 1) return { title: n.title, description: n.description, default: n.default };
    const one = flatten(real[0], root);
    return { ...one, title: n.title ?? one.title, description: n.description ?? one.description, default: n.default };
  }
  if (Array.isArray(n.type)) {
    const real = n.type.filter((t) => t !== 'null');
    return { ...n, type: real.length === 1 ? real[0] : undefined };
  }
  return n;
}

/** `max_tokens` → `Max tokens`, for schemas without titles. */
function humanise(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(p: JsonSchema, root: JsonSchema): { kind: SchemaFieldKind; values: unknown[] } {
  if (p.enum) return { kind: 'enum', values: p.enum };
  if (p.const !== undefined) return { kind: 'enum', values: [p.const] };
  switch (p.type) {
    case 'boolean': return { kind: 'boolean', values: [] };
    case 'integer': return { kind: 'integer', values: [] };
    case 'number': return { kind: 'number', values: [] };
    case 'string': {
      const choice = p.pattern ? CHOICE_PATTERN.exec(p.pattern) : null;
      return choice ? { kind: 'enum', values: choice[1].split('|') } : { kind: 'text', values: [] };
    }
    case 'array': return { kind: flatten(p.items ?? {}, root).type === 'string' ? 'list' : 'json', values: [] };
    default: return { kind: 'json', values: [] };   // objects, nested models, unions
  }
}

/** The fields of a JSON schema's top-level properties (the schema itself may be a `$ref`). */
export function schemaFields(schema: JsonSchema | null | undefined): SchemaField[] {
  if (!schema) return [];
  const root = resolve(schema, schema);
  const required = new Set(root.required ?? []);
  return Object.entries(root.properties ?? {}).map(([name, raw]) => {
    const p = flatten(raw, schema);
    const { kind, values } = kindOf(p, schema);
    const min = p.minimum ?? p.exclusiveMinimum;
    const max = p.maximum ?? p.exclusiveMaximum;
    const bounds = [
      p.minimum !== undefined ? `≥ ${p.minimum}` : p.exclusiveMinimum !== undefined ? `> ${p.exclusiveMinimum}` : '',
      p.maximum !== undefined ? `≤ ${p.maximum}` : p.exclusiveMaximum !== undefined ? `< ${p.exclusiveMaximum}` : '',
    ].filter(Boolean).join(', ');
    const placeholder = p.default === undefined || p.default === null ? ''
      : typeof p.default === 'object' ? JSON.stringify(p.default) : String(p.default);
    return {
      // the property's own title: a $ref'd definition's title is its class name
      name, label: raw.title ?? humanise(name), kind, options: values.map(String), values, min, max,
      multiline: kind === 'text' && !p.pattern && (p.maxLength === undefined || p.maxLength > 255),
      help: [p.description ?? '', bounds].filter(Boolean).join(' · '), required: required.has(name), placeholder, dflt: p.default,
    };
  });
}
