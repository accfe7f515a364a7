import { ChangeDetectionStrategy, Component, Directive, computed, inject, input } from '@angular/core';

let nextId = 0;

/**
 * A labelled form field: label, the projected control, help text and the server's error for
 * this field. Put `lwControl` on the input so it gets the id, aria-invalid and aria-describedby.
 */
@Component({
  selector: 'lw-form-field',
  template: `
    <label class="label" [attr.for]="controlId">{{ label() }} @if (required()) { <span class="req" aria-hidden="true">*</span> }</label>
    <ng-content />
    @if (error()) {
      <div class="error" [id]="controlId + '-error'" role="alert"><span class="material-symbols-outlined" aria-hidden="true">error</span>{{ error() }}</div>
    } @else if (hint()) {
      <div class="hint" [id]="controlId + '-hint'">{{ hint() }}</div>
    }`,
  styles: `
    :host { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
    .label { font-weight: 600; font-size: 13px; color: var(--text); }
    .req { color: var(--danger); }
    .hint { font-size: 12.5px; color: var(--text-2); }
    .error { display: flex; gap: 4px; align-items: center; font-size: 12.5px; color: var(--danger); font-weight: 550; }
    .error .material-symbols-outlined { font-size: 16px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormField {
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly error = input<string | null | undefined>('');
  readonly required = input(false);
  readonly controlId = `lw-field-${++nextId}`;
  readonly describedBy = computed(() => (this.error() ? `${this.controlId}-error` : this.hint() ? `${this.controlId}-hint` : null));
}

/** Marks the control inside a <lw-form-field> (input, select, textarea). */
@Directive({
  selector: '[lwControl]',
  host: {
    '[id]': 'field.controlId',
    '[attr.aria-invalid]': 'field.error() ? "true" : null',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-required]': 'field.required() ? "true" : null',
  },
})
export class FormControlDirective {
  protected readonly field = inject(FormField);
}
