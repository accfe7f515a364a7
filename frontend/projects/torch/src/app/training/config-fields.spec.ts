import { changedConfig, fieldsFromSchema, toConfigValue } from './config-fields';
import { JsonSchema } from '../json-schema';

const SCHEMA: JsonSchema = {
  properties: {
    method: { enum: ['full', 'lora', 'qlora'], type: 'string', default: 'lora', description: 'full fine-tune, LoRA, or QLoRA' },
    learning_rate: { type: 'number', default: 0.0002, exclusiveMinimum: 0, maximum: 1 },
    max_steps: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], default: null, description: 'Stop after this many steps.' },
    quant_bits: { anyOf: [{ enum: [4, 8], type: 'integer' }, { type: 'null' }], default: null },
    target_modules: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }], default: null },
    gradient_checkpointing: { type: 'boolean', default: false },
  },
};

describe('training config fields from the JSON schema', () => {
  const fields = fieldsFromSchema(SCHEMA);
  const by = (k: string) => fields.find((f) => f.key === k)!;

  it('derives kinds, bounds, defaults, help and groups', () => {
    expect(by('method')).toMatchObject({ kind: 'select', options: ['full', 'lora', 'qlora'], default: 'lora', group: 'Method' });
    expect(by('learning_rate')).toMatchObject({ kind: 'number', min: 0, max: 1, group: 'Optimisation' });
    expect(by('learning_rate').help).toContain('LoRA usually wants');
    expect(by('max_steps')).toMatchObject({ kind: 'integer', nullable: true, min: 1, help: 'Stop after this many steps.' });
    expect(by('quant_bits')).toMatchObject({ kind: 'select', options: [4, 8], nullable: true, methods: ['qlora'] });
    expect(by('target_modules').kind).toBe('list');
    expect(by('gradient_checkpointing').kind).toBe('boolean');
  });

  it('turns form values into request values and sends only what changed', () => {
    expect(toConfigValue(by('max_steps'), '')).toBeNull();
    expect(toConfigValue(by('max_steps'), '20')).toBe(20);
    expect(toConfigValue(by('quant_bits'), '4')).toBe(4);
    expect(toConfigValue(by('target_modules'), 'c_attn, c_proj')).toEqual(['c_attn', 'c_proj']);
    expect(changedConfig(fields, { method: 'lora', learning_rate: '0.001', max_steps: '', gradient_checkpointing: false })).toEqual({ learning_rate: 0.001 });
  });
});
