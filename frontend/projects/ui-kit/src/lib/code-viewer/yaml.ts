/** A small YAML writer for exports (block style, safe quoting); enough for JSON-like data. */
export function toYaml(value: unknown, indent = 0): string {
  const out = write(value, indent);
  return out.endsWith('\n') ? out : out + '\n';
}

const PLAIN = /^[A-Za-z_][A-Za-z0-9_ .\/-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? '.inf' : Number.isNaN(value) ? '.nan' : '-.inf';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = String(value);
  if (s && PLAIN.test(s) && !RESERVED.test(s) && !s.endsWith(' ') && !/^\d/.test(s)) return s;
  return JSON.stringify(s);
}

function key(k: string): string {
  return PLAIN.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}

function write(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return value.map((item) => {
      if (item && typeof item === 'object' && Object.keys(item).length) {
        const inner = write(item, indent + 2).trimStart();
        return `${pad}- ${inner}`;
      }
      return `${pad}- ${itemInline(item, indent + 2)}`;
    }).join('\n');
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length) return '{}';
    return entries.map(([k, v]) => {
      if (v && typeof v === 'object' && (Array.isArray(v) ? v.length : Object.keys(v).length)) {
        return `${pad}${key(k)}:\n${write(v, Array.isArray(v) ? indent : indent + 2)}`;
      }
      return `${pad}${key(k)}: ${itemInline(v, indent + 2)}`;
    }).join('\n');
  }
  return pad + scalar(value);
}

function itemInline(v: unknown, indent: number): string {
  if (Array.isArray(v) && !v.length) return '[]';
  if (v && typeof v === 'object' && !Object.keys(v).length) return '{}';
  if (typeof v === 'string' && v.includes('\n') && v.trim() && !/^\s/.test(v) && !/[ \t]\n/.test(v)) {
    const pad = ' '.repeat(indent);
    return '|' + (v.endsWith('\n') ? '' : '-') + '\n' + v.replace(/\n$/, '').split('\n').map((l) => (l ? pad + l : '')).join('\n');
  }
  return scalar(v);
}
