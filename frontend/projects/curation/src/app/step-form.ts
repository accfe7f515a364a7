import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/** One JSON-schema property of a step's parameters (what pydantic writes). */
interface Prop {
  type?: string; title?: string; description?: string; default?: unknown; minimum?: number; maximum?: number;
  enum?: unknown[]; anyOf?: Prop[]; items?: Prop; $ref?: string;
}
interface Field { name: string; label: string; kind: 'number' | 'integer' | 'boolean' | 'enum' | 'text' | 'list' | 'json';
  options: string[]; min?: number; max?: number; help: string; required: boolean; placeholder: string; dflt: unknown }

function flatten(p: Prop): Prop {
  if (p.anyOf) {
    const real = p.anyOf.find((x) => x.type !== 'null');
    return { ...(real ?? {}), description: p.description, default: p.default, title: p.title };
  }
  return p;
}

/** A form for a step's parameters built from its JSON schema: numbers with their bounds,
 *  switches, choices, lists (comma separated) and JSON for anything else. */
@Component({
  selector: 'lw-step-form',
  template: `
    <div class="grid">
      @for (f of fields(); track f.name) {
        <label class="field" [class.wide]="f.kind === 'json' || f.kind === 'list' || f.kind === 'text'">
          <span class="lbl">{{ f.label }}@if (f.required) { <b class="req">*</b> }</span>
          @switch (f.kind) {
            @case ('boolean') {
              <input type="checkbox" [checked]="(value(f) ?? f.dflt) === true" (change)="set(f, $any($event.target).checked)" />
            }
            @case ('enum') {
              <select class="input" [value]="value(f) ?? f.dflt ?? ''" (change)="set(f, $any($event.target).value)">
                @for (o of f.options; track o) { <option [value]="o">{{ o }}</option> }
              </select>
            }
            @case ('list') {
              <input class="input" [value]="listText(f)" [placeholder]="f.placeholder" (change)="setList(f, $any($event.target).value)" />
            }
            @case ('json') {
              <textarea class="input mono" rows="3" [value]="jsonText(f)" [placeholder]="f.placeholder"
                (change)="setJson(f, $any($event.target).value)"></textarea>
            }
            @case ('text') {
              <textarea class="input" rows="2" [value]="value(f) ?? ''" [placeholder]="f.placeholder"
                (change)="set(f, $any($event.target).value || null)"></textarea>
            }
            @default {
              <input class="input" type="number" [attr.min]="f.min" [attr.max]="f.max" [attr.step]="f.kind === 'integer' ? 1 : 'any'"
                [value]="value(f) ?? ''" [placeholder]="f.placeholder" (change)="setNumber(f, $any($event.target).value)" />
            }
          }
          @if (f.help) { <span class="help">{{ f.help }}</span> }
        </label>
      } @empty { <p class="muted small">No parameters.</p> }
    </div>`,
  styles: `
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px 14px; }
    .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; min-width: 0; }
    .field.wide { grid-column: 1 / -1; }
    .lbl { font-weight: 600; } .req { color: var(--danger); margin-left: 2px; }
    .help { color: var(--text-2); font-size: 12px; }
    .mono { font-family: var(--mono, monospace); font-size: 12px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StepForm {
  readonly schema = input.required<Record<string, unknown>>();
  readonly params = input.required<Record<string, unknown>>();
  readonly paramsChange = output<Record<string, unknown>>();

  protected readonly fields = computed<Field[]>(() => {
    const s = this.schema() as { properties?: Record<string, Prop>; required?: string[] };
    const required = new Set(s.required ?? []);
    return Object.entries(s.properties ?? {}).map(([name, raw]) => {
      const p = flatten(raw);
      let kind: Field['kind'] = 'json';
      if (p.enum) kind = 'enum';
      else if (p.type === 'boolean') kind = 'boolean';
      else if (p.type === 'integer') kind = 'integer';
      else if (p.type === 'number') kind = 'number';
      else if (p.type === 'string') kind = 'text';
      else if (p.type === 'array' && flatten(p.items ?? {}).type === 'string') kind = 'list';
      const dflt = p.default === undefined || p.default === null ? '' : typeof p.default === 'object' ? JSON.stringify(p.default) : String(p.default);
      const bounds = [p.minimum !== undefined ? `≥ ${p.minimum}` : '', p.maximum !== undefined ? `≤ ${p.maximum}` : ''].filter(Boolean).join(', ');
      return { name, label: p.title ?? name, kind, options: (p.enum ?? []).map(String), min: p.minimum, max: p.maximum,
        help: [p.description ?? '', bounds].filter(Boolean).join(' · '), required: required.has(name), placeholder: dflt,
        dflt: p.default };
    });
  });

  protected value(f: Field): unknown {
    return this.params()[f.name];
  }

  protected listText(f: Field): string {
    const v = this.value(f);
    return Array.isArray(v) ? v.join(', ') : '';
  }

  protected jsonText(f: Field): string {
    const v = this.value(f);
    return v === undefined ? '' : JSON.stringify(v);
  }

  protected set(f: Field, v: unknown): void {
    const next = { ...this.params() };
    if (v === null || v === '' || v === undefined) delete next[f.name]; else next[f.name] = v;
    this.paramsChange.emit(next);
  }

  protected setNumber(f: Field, raw: string): void {
    this.set(f, raw.trim() === '' ? null : Number(raw));
  }

  protected setList(f: Field, raw: string): void {
    const items = raw.split(',').map((x) => x.trim()).filter(Boolean);
    this.set(f, items.length ? items : null);
  }

  protected setJson(f: Field, raw: string): void {
    if (!raw.trim()) { this.set(f, null); return; }
    try { this.set(f, JSON.parse(raw)); } catch { this.set(f, raw); }  // the server's 422 says what is wrong
  }
}
