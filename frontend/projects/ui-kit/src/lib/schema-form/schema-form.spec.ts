import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SchemaForm } from './schema-form';
import { JsonSchema, schemaFields } from './schema-fields';

/** What pydantic's model_json_schema() writes for a settings model with an Enum, a nested model,
 *  optional fields (anyOf with null), bounds and a choice written as a pattern. */
const SETTINGS: JsonSchema = {
  $defs: {
    Color: { enum: ['red', 'green'], title: 'Color', type: 'string' },
    Level: { enum: [1, 2, 3], title: 'Level', type: 'integer' },
    Limits: { properties: { cpu: { default: '1', title: 'Cpu', type: 'string' } }, title: 'Limits', type: 'object' },
  },
  additionalProperties: false,
  properties: {
    replicas: { default: 1, maximum: 100, minimum: 0, title: 'Replicas', type: 'integer' },
    port: { anyOf: [{ maximum: 65535, minimum: 1024, type: 'integer' }, { type: 'null' }], default: null, description: 'Port (default: a free one)', title: 'Port' },
    rtol: { default: 0.001, exclusiveMinimum: 0, maximum: 1, title: 'Rtol', type: 'number' },
    color: { $ref: '#/$defs/Color', default: 'red' },
    level: { anyOf: [{ $ref: '#/$defs/Level' }, { type: 'null' }], default: null, title: 'Level' },
    limits: { $ref: '#/$defs/Limits' },
    variant: { default: 'deployment', pattern: '^(deployment|kserve)$', title: 'Variant', type: 'string' },
    namespace: { default: 'default', maxLength: 63, title: 'Namespace', type: 'string' },
    prompt: { default: 'Hello', title: 'Prompt', type: 'string' },
    verify: { default: true, title: 'Verify', type: 'boolean' },
    keep: { items: { type: 'string' }, title: 'Keep', type: 'array' },
    defaults: { additionalProperties: true, title: 'Defaults', type: 'object' },
  },
  required: ['keep'],
  title: 'Settings',
  type: 'object',
} as JsonSchema;

describe('schemaFields', () => {
  it('reads pydantic schemas: bounds, X | None, enums behind $ref, choices, nested objects as JSON', () => {
    const by = Object.fromEntries(schemaFields(SETTINGS).map((f) => [f.name, f]));
    expect(by['replicas']).toMatchObject({ label: 'Replicas', kind: 'integer', min: 0, max: 100, placeholder: '1', help: '≥ 0, ≤ 100' });
    expect(by['port']).toMatchObject({ label: 'Port', kind: 'integer', min: 1024, max: 65535, placeholder: '', required: false });
    expect(by['port'].help).toBe('Port (default: a free one) · ≥ 1024, ≤ 65535');
    expect(by['rtol']).toMatchObject({ kind: 'number', min: 0, help: '> 0, ≤ 1' });
    // the property's label, not the Enum class's title
    expect(by['color']).toMatchObject({ label: 'Color', kind: 'enum', options: ['red', 'green'], dflt: 'red' });
    expect(by['level']).toMatchObject({ label: 'Level', kind: 'enum', options: ['1', '2', '3'], values: [1, 2, 3], dflt: null });
    expect(by['limits']).toMatchObject({ label: 'Limits', kind: 'json' });
    expect(by['variant']).toMatchObject({ kind: 'enum', options: ['deployment', 'kserve'] });
    expect(by['namespace']).toMatchObject({ kind: 'text', multiline: false });
    expect(by['prompt']).toMatchObject({ kind: 'text', multiline: true });
    expect(by['verify'].kind).toBe('boolean');
    expect(by['keep']).toMatchObject({ kind: 'list', required: true });
    expect(by['defaults'].kind).toBe('json');
  });

  it('resolves a schema that is itself a $ref into $defs, and titles untitled properties', () => {
    const fields = schemaFields({
      $ref: '#/$defs/Params',
      $defs: { Params: { type: 'object', properties: { max_tokens: { type: 'integer' } }, required: ['max_tokens'] } },
    });
    expect(fields).toEqual([expect.objectContaining({ name: 'max_tokens', label: 'Max tokens', kind: 'integer', required: true })]);
    expect(schemaFields(null)).toEqual([]);
  });
});

@Component({
  imports: [SchemaForm],
  template: `<lw-schema-form [schema]="schema()" [params]="params()" (paramsChange)="changed($event)" />`,
})
class Host {
  readonly schema = signal<JsonSchema | null>(SETTINGS);
  readonly params = signal<Record<string, unknown>>({});
  readonly emitted: Record<string, unknown>[] = [];
  changed(v: Record<string, unknown>): void { this.emitted.push(v); this.params.set(v); }
}

describe('SchemaForm', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const byLabel = <T extends HTMLElement>(label: string) => el.querySelector<T>(`[aria-label="${label}"]`)!;
    const change = async (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) => {
      control.value = value;
      control.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    return { fixture, el, host: fixture.componentInstance, byLabel, change };
  }

  it('names every control by its label and shows the defaults', async () => {
    const { el, byLabel } = await render();
    expect(el.querySelectorAll('input, select, textarea').length).toBe(Object.keys(SETTINGS.properties!).length);
    expect(byLabel<HTMLInputElement>('Replicas').type).toBe('number');
    expect(byLabel<HTMLInputElement>('Replicas').placeholder).toBe('1');
    expect(byLabel<HTMLInputElement>('Replicas').getAttribute('max')).toBe('100');
    expect(byLabel<HTMLInputElement>('Verify').checked).toBe(true);
    expect(byLabel<HTMLSelectElement>('Variant').value).toBe('deployment');
    expect(byLabel<HTMLSelectElement>('Color').value).toBe('red');
    expect(byLabel('Prompt').tagName).toBe('TEXTAREA');
    expect(byLabel('Namespace').tagName).toBe('INPUT');
    expect(byLabel('Keep').getAttribute('aria-required')).toBe('true');
  });

  it('emits the whole object on each change, without cleared fields, with enum values of their type', async () => {
    const { fixture, host, byLabel, change } = await render();
    await change(byLabel('Replicas'), '2');
    expect(host.emitted.at(-1)).toEqual({ replicas: 2 });
    await change(byLabel('Keep'), 'en, hi');
    expect(host.emitted.at(-1)).toEqual({ replicas: 2, keep: ['en', 'hi'] });
    const level = byLabel<HTMLSelectElement>('Level');
    level.selectedIndex = 2;                                     // '—', '1', '2'
    level.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(host.emitted.at(-1)).toEqual({ replicas: 2, keep: ['en', 'hi'], level: 2 });
    const verify = byLabel<HTMLInputElement>('Verify');
    verify.checked = false;
    verify.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(host.emitted.at(-1)).toMatchObject({ verify: false });
    await change(byLabel('Replicas'), '');
    expect(host.emitted.at(-1)).toEqual({ keep: ['en', 'hi'], level: 2, verify: false });
  });

  it('edits nested objects as JSON and says when the text is not JSON', async () => {
    const { el, host, byLabel, change } = await render();
    await change(byLabel('Limits'), '{"cpu": "2"}');
    expect(host.emitted.at(-1)).toEqual({ limits: { cpu: '2' } });
    expect(el.querySelector('[role=alert]')).toBeNull();
    await change(byLabel('Defaults'), '{"temperature":');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Defaults: not valid JSON');
    expect(byLabel('Defaults').getAttribute('aria-invalid')).toBe('true');
  });

  it('renders fresh controls when the schema changes', async () => {
    const { fixture, el, host, byLabel } = await render();
    host.schema.set({ type: 'object', properties: { host: { type: 'string', title: 'Host', default: '127.0.0.1' } } });
    await fixture.whenStable();
    expect(el.querySelectorAll('input, select, textarea').length).toBe(1);
    expect(byLabel<HTMLInputElement>('Host').placeholder).toBe('127.0.0.1');
    host.schema.set(null);
    await fixture.whenStable();
    expect(el.textContent).toContain('No parameters.');
  });
});
