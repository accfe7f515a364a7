import type { FilterConfig, PolicyIn, SafetyFilterOut, SafetyPolicyOut } from '@llmworks/api-client';

export type Action = 'allow' | 'warn' | 'redact' | 'block';
export const ACTIONS: Action[] = ['allow', 'warn', 'redact', 'block'];

/** One filter's row in the policy editor. */
export interface FilterDraft {
  use: boolean;
  enabled: boolean;
  action: Action;
  threshold: number | null;
  input: boolean;
  output: boolean;
  locked: boolean;
  /** Option values as typed (parsed when saved). */
  options: Record<string, string>;
}

export interface PolicyDraft {
  id: number | null;
  name: string;
  description: string;
  scope: 'project' | 'route' | 'ab_test';
  target: string;
  window_chars: number;
  enabled: boolean;
  filters: Record<string, FilterDraft>;
}

function optionText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join(', ');
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** An option as typed → its JSON value: numbers, true/false, JSON, "a, b" lists, else the text. */
export function parseOption(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^[[{"]/.test(t)) { try { return JSON.parse(t); } catch { /* keep as text */ } }
  if (t.includes(',')) return t.split(',').map((x) => x.trim()).filter(Boolean);
  return t;
}

/** The editor's rows for every filter the project has, from a policy (or defaults for a new one). */
export function draftOf(policy: SafetyPolicyOut | null, filters: SafetyFilterOut[]): PolicyDraft {
  const cfg = (policy?.filters ?? {}) as Record<string, FilterConfig>;
  const rows: Record<string, FilterDraft> = {};
  for (const f of filters) {
    const c = cfg[f.name];
    const stages = c?.stages ?? f.stages;
    rows[f.name] = {
      use: !!c || (!policy && f.available && ['pii', 'offensive'].includes(f.name)),
      enabled: c?.enabled ?? true,
      action: (c?.action ?? f.default_action) as Action,
      threshold: c?.threshold ?? null,
      input: stages.includes('input') && f.stages.includes('input'),
      output: stages.includes('output') && f.stages.includes('output'),
      locked: c?.locked ?? false,
      options: Object.fromEntries(Object.keys(f.options ?? {}).map((k) => [k, optionText(c?.options?.[k])])),
    };
  }
  // a policy may name a filter that no longer exists (a deleted YAML document): keep it visible
  for (const [name, c] of Object.entries(cfg)) {
    if (rows[name]) continue;
    rows[name] = { use: true, enabled: c.enabled ?? true, action: (c.action ?? 'block') as Action, threshold: c.threshold ?? null,
      input: (c.stages ?? ['input']).includes('input'), output: (c.stages ?? ['output']).includes('output'), locked: c.locked ?? false,
      options: Object.fromEntries(Object.entries(c.options ?? {}).map(([k, v]) => [k, optionText(v)])) };
  }
  return {
    id: policy?.id ?? null, name: policy?.name ?? '', description: policy?.description ?? '',
    scope: (policy?.scope ?? 'project') as PolicyDraft['scope'], target: policy?.target ?? '',
    window_chars: policy?.window_chars ?? 48, enabled: policy?.enabled ?? true, filters: rows,
  };
}

/** The `filters` object the API takes, from the editor's rows. */
export function filtersBody(draft: PolicyDraft, filters: SafetyFilterOut[]): Record<string, FilterConfig> {
  const out: Record<string, FilterConfig> = {};
  for (const [name, row] of Object.entries(draft.filters)) {
    if (!row.use) continue;
    const f = filters.find((x) => x.name === name);
    const own = f?.stages ?? ['input', 'output'];
    const stages = (['input', 'output'] as const).filter((s) => row[s] && own.includes(s));
    const options: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row.options)) {
      const parsed = parseOption(v);
      if (parsed !== undefined) options[k] = parsed;
    }
    const entry: FilterConfig = { enabled: row.enabled, action: row.action, locked: row.locked };
    if (row.threshold !== null && row.threshold !== undefined && String(row.threshold) !== '') entry.threshold = Number(row.threshold);
    if (stages.length !== own.length) entry.stages = stages as ('input' | 'output')[];
    if (Object.keys(options).length) entry.options = options;
    out[name] = entry;
  }
  return out;
}

export function policyBody(draft: PolicyDraft, projectId: number, filters: SafetyFilterOut[]): PolicyIn {
  return {
    project_id: projectId, name: draft.name.trim(), description: draft.description, scope: draft.scope,
    target: draft.scope === 'project' ? '' : draft.target.trim(), filters: filtersBody(draft, filters),
    window_chars: Number(draft.window_chars), enabled: draft.enabled,
  };
}
