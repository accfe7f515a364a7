import { Injectable, NgZone, inject, signal } from '@angular/core';
import { Observable, Subject, filter } from 'rxjs';
import { KernelEvent } from './types';

export type StreamState = 'closed' | 'connecting' | 'open' | 'error';

/**
 * The live kernel event stream (`GET /api/events`, server-sent events). One EventSource for
 * the whole UI; the browser resumes with Last-Event-ID after a drop. Pages subscribe with
 * {@link on} and filter by type or subject.
 */
@Injectable({ providedIn: 'root' })
export class EventStream {
  private readonly zone = inject(NgZone);
  private source: EventSource | null = null;
  private readonly subject = new Subject<KernelEvent>();
  private readonly knownTypes = new Set<string>();
  readonly state = signal<StreamState>('closed');
  readonly events$: Observable<KernelEvent> = this.subject.asObservable();

  /** Event types the kernel sends with an `event:` line; each needs its own listener. */
  static readonly TYPES = [
    'job.queued', 'job.started', 'job.progress', 'job.succeeded', 'job.failed', 'job.cancelled',
    'job.log', 'job.metrics', 'notification.created', 'dataset.created', 'dataset.version.created',
    'model.created', 'run.created', 'run.updated', 'evaluation.finished', 'deployment.updated',
    'project.created', 'project.updated', 'project.deleted', 'membership.changed',
  ];

  connect(url = '/api/events'): void {
    if (this.source || typeof EventSource === 'undefined') return;
    this.state.set('connecting');
    const source = new EventSource(url, { withCredentials: true });
    this.source = source;
    source.onopen = () => this.state.set('open');
    source.onerror = () => this.state.set(source.readyState === EventSource.CLOSED ? 'error' : 'connecting');
    source.onmessage = (msg) => this.dispatch(msg);
    for (const type of EventStream.TYPES) this.listen(type);
  }

  /** Also listen to a type not in {@link EventStream.TYPES} (plugins' own events). */
  listen(type: string): void {
    if (!this.source || this.knownTypes.has(type)) return;
    this.knownTypes.add(type);
    this.source.addEventListener(type, (msg) => this.dispatch(msg as MessageEvent));
  }

  disconnect(): void {
    this.source?.close();
    this.source = null;
    this.knownTypes.clear();
    this.state.set('closed');
  }

  /** Events whose type equals one of `types` or starts with a `prefix.` given as `'job.*'`. */
  on(...types: string[]): Observable<KernelEvent> {
    types.filter((t) => !t.endsWith('*')).forEach((t) => this.listen(t));
    return this.events$.pipe(filter((e) => types.some((t) => (t.endsWith('*') ? e.type.startsWith(t.slice(0, -1)) : e.type === t))));
  }

  /** Feeds one event in (the SSE listener, and tests). */
  emit(event: KernelEvent): void {
    this.zone.run(() => this.subject.next(event));
  }

  private dispatch(msg: MessageEvent): void {
    let event: KernelEvent;
    try {
      event = JSON.parse(msg.data) as KernelEvent;
    } catch {
      return;
    }
    if (!event.type) event.type = msg.type;
    this.emit(event);
  }
}
