import type { Draft } from './api';

/** What the server has not confirmed yet for one assignment: its latest draft, its answer. */
export type Unsent = { draft?: Draft; answer?: Record<string, unknown> };

/**
 * The annotation page's unsent work, kept in `localStorage` (one key per campaign) from the
 * moment it is made until the server confirms it: a failed save, a dropped connection or a
 * reload while offline loses nothing, and the page sends it again when the connection returns.
 * An entry is dropped only when what the server confirmed is still what is stored, so a change
 * made while a request was in flight is sent after it.
 */
export class Outbox {
  constructor(private readonly key: string) {}

  all(): Record<string, Unsent> {
    try {
      const value = JSON.parse(localStorage.getItem(this.key) ?? '{}');
      return value && typeof value === 'object' ? value : {};
    } catch {
      return {};
    }
  }

  get(assignment: number): Unsent | undefined {
    return this.all()[assignment];
  }

  put(assignment: number, part: Unsent): void {
    const all = this.all();
    all[assignment] = { ...all[assignment], ...part };
    this.save(all);
  }

  /** Drops `what` of an assignment when it is still `sent` (any value when `sent` is undefined). */
  drop(assignment: number, what: keyof Unsent, sent?: unknown): void {
    const all = this.all();
    const entry = all[assignment];
    if (!entry || entry[what] === undefined) return;
    if (sent !== undefined && JSON.stringify(entry[what]) !== JSON.stringify(sent)) return;
    delete entry[what];
    if (entry.draft === undefined && entry.answer === undefined) delete all[assignment];
    this.save(all);
  }

  size(): number {
    return Object.keys(this.all()).length;
  }

  private save(all: Record<string, Unsent>): void {
    try {
      if (Object.keys(all).length) localStorage.setItem(this.key, JSON.stringify(all));
      else localStorage.removeItem(this.key);
    } catch {
      /* storage full or disabled: the server copy is all there is */
    }
  }
}

/** A failure worth retrying later (no connection, server busy or restarting, session to renew). */
export function transient(err: unknown): boolean {
  const status = (err as { status?: number })?.status;
  return typeof status !== 'number' || status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}
