import { JsonSchema, JsonSchemaProp } from '../json-schema';

export type FieldKind = 'select' | 'number' | 'integer' | 'boolean' | 'list' | 'text';

/** One hyper-parameter of the training form, read from the server's JSON schema. */
export interface ConfigField {
  key: string;
  label: string;
  kind: FieldKind;
  options: (string | number)[];
  nullable: boolean;
  min?: number;
  max?: number;
  step?: number;
  default: unknown;
  help: string;
  group: string;
  /** Shown only for these methods (LoRA settings...). */
  methods?: string[];
}

export const GROUPS = ['Method', 'Optimisation', 'Data', 'Checkpoints & runtime'];

const GROUP_OF: Record<string, string> = {
  method: 'Method', lora_r: 'Method', lora_alpha: 'Method', lora_dropout: 'Method', target_modules: 'Method', quant_bits: 'Method',
  epochs: 'Optimisation', max_steps: 'Optimisation', batch_size: 'Optimisation', gradient_accumulation: 'Optimisation',
  learning_rate: 'Optimisation', lr_scheduler: 'Optimisation', warmup_steps: 'Optimisation', warmup_ratio: 'Optimisation',
  optimizer: 'Optimisation', weight_decay: 'Optimisation', max_grad_norm: 'Optimisation',
  max_seq_length: 'Data', completion_only_loss: 'Data', val_fraction: 'Data', eval_every: 'Data', max_eval_rows: 'Data',
};

const METHODS_OF: Record<string, string[]> = {
  lora_r: ['lora', 'qlora'], lora_alpha: ['lora', 'qlora'], lora_dropout: ['lora', 'qlora'], target_modules: ['lora', 'qlora'],
  quant_bits: ['qlora'], allow_cpu_qlora: ['qlora'],
};

/** Help for the fields whose schema has no description. */
const HELP: Record<string, string> = {
  learning_rate: 'Step size of the optimiser. LoRA usually wants 1e-4 to 3e-4, a full fine-tune 1e-5 to 5e-5.',
  lr_scheduler: 'How the learning rate changes over the run.',
  optimizer: '8-bit and paged optimisers need a CUDA GPU.',
  lora_r: 'Rank of the LoRA update matrices: higher adapts more, trains slower.',
  lora_alpha: 'LoRA scaling; the update is multiplied by alpha / r (often 2 × r).',
  lora_dropout: 'Dropout on the LoRA path; regularises small datasets.',
  precision: 'Mixed precision: bf16/fp16 need a GPU that supports them.',
  gradient_checkpointing: 'Recompute activations in the backward pass: less memory, slower.',
  seed: 'Same seed, same data order and initialisation.',
  max_eval_rows: 'Cap on validation rows evaluated each time.',
  device: 'auto picks CUDA when available.',
};

const STEP: Record<string, number> = { learning_rate: 0.00001, weight_decay: 0.01, lora_dropout: 0.01, warmup_ratio: 0.01, val_fraction: 0.01, max_grad_norm: 0.1, epochs: 0.5 };

function label(key: string): string {
  const s = key.replace(/_/g, ' ').replace(/\blr\b/, 'LR').replace(/\blora\b/, 'LoRA');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function fieldsFromSchema(schema: JsonSchema): ConfigField[] {
  return Object.entries(schema.properties).map(([key, raw]) => {
    const variants = raw.anyOf ?? [raw];
    const nullable = variants.some((v) => v.type === 'null');
    const main: JsonSchemaProp = variants.find((v) => v.type !== 'null') ?? raw;
    const resolved = main.$ref && schema.$defs ? schema.$defs[main.$ref.split('/').pop()!] ?? main : main;
    let kind: FieldKind = 'text';
    if (resolved.enum) kind = 'select';
    else if (resolved.type === 'boolean') kind = 'boolean';
    else if (resolved.type === 'integer') kind = 'integer';
    else if (resolved.type === 'number') kind = 'number';
    else if (resolved.type === 'array') kind = 'list';
    return {
      key, label: label(key), kind, nullable,
      options: resolved.enum ?? [],
      min: resolved.minimum ?? resolved.exclusiveMinimum,
      max: resolved.maximum ?? resolved.exclusiveMaximum,
      step: kind === 'integer' ? 1 : STEP[key] ?? 'any' as unknown as number,
      default: raw.default ?? null,
      help: raw.description ?? HELP[key] ?? '',
      group: GROUP_OF[key] ?? 'Method',  // a trainer's own settings (e.g. DPO's beta) sit with the method
      methods: METHODS_OF[key],
    };
  });
}

export function defaultsOf(fields: ConfigField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.key, f.default]));
}

/** Form value → request value: empty nullable numbers become null, lists are split on commas. */
export function toConfigValue(field: ConfigField, value: unknown): unknown {
  if (field.kind === 'list') {
    if (Array.isArray(value)) return value;
    const items = String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return items.length ? items : field.nullable ? null : [];
  }
  if (field.kind === 'number' || field.kind === 'integer' || (field.kind === 'select' && typeof field.options[0] === 'number')) {
    if (value === '' || value === null || value === undefined) return field.nullable ? null : field.default;
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (field.kind === 'select' && value === '' && field.nullable) return null;
  return value;
}

/** Only the fields that differ from the defaults (what a preset or a request needs to send). */
export function changedConfig(fields: ConfigField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = toConfigValue(f, values[f.key]);
    if (JSON.stringify(v) !== JSON.stringify(f.default)) out[f.key] = v;
  }
  return out;
}
