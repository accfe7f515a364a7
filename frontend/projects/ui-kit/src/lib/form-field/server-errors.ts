import { signal, computed } from '@angular/core';
import { ApiError } from '../api/problem';
import { toApiError } from '../api/api-client';

/**
 * Holds the last server-side validation failure of a form: `for('field')` gives the message
 * of that field (problem+json `errors[].loc`), `general()` the rest.
 */
export class ServerErrors {
  readonly error = signal<ApiError | null>(null);
  readonly byField = computed(() => this.error()?.fieldErrors() ?? {});

  /** Messages not attached to a field the form shows (pass the fields it has). */
  general(knownFields: string[] = []): string[] {
    const err = this.error();
    if (!err) return [];
    const fields = this.byField();
    const unplaced = Object.entries(fields).filter(([k]) => !k || !knownFields.some((f) => k === f || k.startsWith(f + '.'))).map(([k, v]) => (k ? `${k}: ${v}` : v));
    if (unplaced.length) return unplaced;
    return Object.keys(fields).length ? [] : [err.summary];
  }

  for(field: string): string {
    const fields = this.byField();
    if (fields[field]) return fields[field];
    const nested = Object.entries(fields).find(([k]) => k.startsWith(field + '.'));
    return nested ? nested[1] : '';
  }

  set(err: unknown): void {
    this.error.set(err ? toApiError(err) : null);
  }

  clear(): void {
    this.error.set(null);
  }
}
