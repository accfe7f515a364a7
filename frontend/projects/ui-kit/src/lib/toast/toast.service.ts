import { Injectable, signal } from '@angular/core';
import { toApiError } from '../api/api-client';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  title: string;
  body?: string;
  link?: string;
}

/** Short-lived messages in the corner; the shell renders them with <lw-toast-host>. */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private nextId = 1;
  readonly toasts = signal<Toast[]>([]);

  show(kind: ToastKind, title: string, body?: string, options: { link?: string; timeoutMs?: number } = {}): number {
    const id = this.nextId++;
    this.toasts.update((list) => [...list.slice(-4), { id, kind, title, body, link: options.link }]);
    const timeout = options.timeoutMs ?? (kind === 'error' ? 8000 : 4500);
    if (timeout > 0) setTimeout(() => this.dismiss(id), timeout);
    return id;
  }

  success(title: string, body?: string): number { return this.show('success', title, body); }
  info(title: string, body?: string): number { return this.show('info', title, body); }
  error(title: string, body?: string): number { return this.show('error', title, body); }

  /** Shows an API failure with its problem+json summary. */
  apiError(err: unknown, title = 'Request failed'): number {
    return this.show('error', title, toApiError(err).summary);
  }

  dismiss(id: number): void {
    this.toasts.update((list) => list.filter((t) => t.id !== id));
  }
}
