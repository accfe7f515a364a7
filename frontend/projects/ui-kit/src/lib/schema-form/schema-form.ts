import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { JsonSchema, SchemaField, schemaFields } from './schema-fields';

/** A form for an object's values built from its JSON schema (as pydantic writes it): numbers
 *  with their bounds, switches, choices, text, lists (comma separated) and JSON for nested
 *  objects and anything else. Each control's accessible name is its field's label. The form holds
 *  no state: it shows `params` (a field left out shows its default) and emits the whole new
 *  object on each change, without the fields that were cleared. */
@Component({
  selector: 'lw-schema-form',
  template: `
    <div class="grid">
      @for (f of fields(); track f) {
        <label class="field" [class.wide]="f.kind === 'json' || f.kind === 'list' || f.multiline">
          <span class="lbl">{{ f.label }}@if (f.required) { <b class="req" aria-hidden="true">*</b> }</span>
          @switch (f.kind) {
            @case ('boolean') {
              <input type="checkbox" [attr.aria-label]="f.label" [checked]="(value(f) ?? f.dflt) === true"
                (change)="set(f, $any($event.target).checked)" />
            }
            @case ('enum') {
              <select class="input" [attr.aria-label]="f.label" [attr.aria-required]="f.required || null"
                (change)="setChoice(f, $any($event.target).selectedIndex)">
                @if (f.dflt === undefined || f.dflt === null) { <option value="" [selected]="value(f) === undefined">—</option> }
                @for (o of f.options; track $index) { <option [value]="o" [selected]="o === chosen(f)">{{ o }}</option> }
              </select>
            }
            @case ('list') {
              <input class="input" [attr.aria-label]="f.label" [attr.aria-required]="f.required || null" [value]="listText(f)"
                [placeholder]="f.placeholder" (change)="setList(f, $any($event.target).value)" />
            }
            @case ('json') {
              <textarea class="input mono" rows="3" [attr.aria-label]="f.label" [attr.aria-required]="f.required || null"
                [attr.aria-invalid]="jsonError(f) ? true : null" [value]="jsonText(f)" [placeholder]="f.placeholder"
                (change)="setJson(f, $any($event.target).value)"></textarea>
              @if (jsonError(f)) { <span class="json-err" role="alert">{{ f.label }}: not valid JSON</span> }
            }
            @case ('text') {
              @if (f.multiline) {
                <textarea class="input" rows="2" [attr.aria-label]="f.label" [attr.aria-required]="f.required || null"
                  [value]="value(f) ?? ''" [placeholder]="f.placeholder" (change)="set(f, $any($event.target).value || null)"></textarea>
              } @else {
                <input class="input" [attr.aria-label]="f.label" [attr.aria-required]="f.required || null"
                  [value]="value(f) ?? ''" [placeholder]="f.placeholder" (change)="set(f, $any($event.target).value || null)" />
              }
            }
            @default {
              <input class="input" type="number" [attr.aria-label]="f.label" [attr.aria-required]="f.required || null"
                [attr.min]="f.min" [attr.max]="f.max" [attr.step]="f.kind === 'integer' ? 1 : 'any'"
                [value]="value(f) ?? ''" [placeholder]="f.placeholder" (change)="setNumber(f, $any($event.target).value)" />
            }
          }
          @if (f.help) { <span class="help">{{ f.help }}</span> }
        </label>
      } @empty { <p class="muted small">{{ emptyText() }}</p> }
    </div>`,
  styles: `
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px 14px; }
    .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; min-width: 0; }
    .field.wide { grid-column: 1 / -1; }
    .lbl { font-weight: 600; } .req { color: var(--danger); margin-left: 2px; }
    .help { color: var(--text-2); font-size: 12px; }
    .json-err { color: var(--danger); font-size: 12px; }
    .mono { font-family: var(--mono, monospace); font-size: 12px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchemaForm {
  readonly schema = input.required<JsonSchema | Record<string, unknown> | null | undefined>();
  readonly params = input.required<Record<string, unknown>>();
  /** Shown when the schema has no properties. */
  readonly emptyText = input('No parameters.');
  readonly paramsChange = output<Record<string, unknown>>();

  /** New field objects only when the schema changes: `track f` then renders fresh controls. */
  protected readonly fields = computed<SchemaField[]>(() => schemaFields(this.schema() as JsonSchema | null | undefined));

  protected value(f: SchemaField): unknown {
    return this.params()[f.name];
  }

  /** The option an enum shows: its value, else its default. */
  protected chosen(f: SchemaField): string | undefined {
    const v = this.value(f) ?? f.dflt;
    return v === undefined || v === null ? undefined : String(v);
  }

  protected listText(f: SchemaField): string {
    const v = this.value(f);
    return Array.isArray(v) ? v.join(', ') : '';
  }

  protected jsonText(f: SchemaField): string {
    const v = this.value(f);
    return v === undefined ? '' : typeof v === 'string' && this.jsonError(f) ? v : JSON.stringify(v);
  }

  /** A JSON field whose text did not parse holds that text (the server's 422 says why too). */
  protected jsonError(f: SchemaField): boolean {
    const v = this.value(f);
    if (typeof v !== 'string') return false;
    try { JSON.parse(v); return false; } catch { return true; }
  }

  protected set(f: SchemaField, v: unknown): void {
    const next = { ...this.params() };
    if (v === null || v === '' || v === undefined) delete next[f.name]; else next[f.name] = v;
    this.paramsChange.emit(next);
  }

  protected setChoice(f: SchemaField, index: number): void {
    const offset = f.dflt === undefined || f.dflt === null ? 1 : 0;   // the empty option
    this.set(f, index - offset < 0 ? null : f.values[index - offset]);
  }

  protected setNumber(f: SchemaField, raw: string): void {
    this.set(f, raw.trim() === '' ? null : Number(raw));
  }

  protected setList(f: SchemaField, raw: string): void {
    const items = raw.split(',').map((x) => x.trim()).filter(Boolean);
    this.set(f, items.length ? items : null);
  }

  protected setJson(f: SchemaField, raw: string): void {
    if (!raw.trim()) { this.set(f, null); return; }
    try { this.set(f, JSON.parse(raw)); } catch { this.set(f, raw); }
  }
}
