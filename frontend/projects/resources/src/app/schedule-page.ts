import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ApiClient, EmptyState, SessionStore, ToastService, formatDuration } from '@llmworks/ui-kit';
import type { QueueItem, ScheduleQueueOut as QueueOut } from '@llmworks/api-client';
import { BASE } from './api';
import { ResourcesNav } from './nav';

/** The queue in dispatch order with estimated start and finish; maintainers reorder, pause, reschedule. */
@Component({
  selector: 'lw-schedule-page',
  imports: [EmptyState, FormsModule, RouterLink, ResourcesNav],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Schedule and queue</h1>
          <p class="subtitle">Queued jobs in the order the workers take them, with when each should start and finish
            ({{ queue()?.slots ?? 1 }} worker slot(s){{ queue()?.gpus?.length ? ', GPUs ' + queue()!.gpus.join(', ') : '' }}).</p></div>
        <lw-resources-nav />
      </div>
      @if (!items().length) { <lw-empty-state icon="schedule" title="Nothing queued" hint="Jobs waiting for a time window, a GPU or a free worker appear here." /> }
      @else {
        <section class="card flush scroll" tabindex="0">
          <table class="table" aria-label="Queue in dispatch order">
            <thead><tr><th>#</th><th>Job</th><th>Priority</th><th>Estimated start</th><th>Estimated finish</th><th>Waiting for</th><th>Actions</th></tr></thead>
            <tbody>
              @for (it of items(); track it.job.id; let i = $index) {
                <tr [attr.data-job]="it.job.id">
                  <td>{{ it.position }}</td>
                  <td><a [routerLink]="['/jobs', it.job.id]">{{ it.job.title || it.job.kind }}</a>
                    <div class="muted small">#{{ it.job.id }} · {{ it.job.kind }}{{ gpus(it) }} · {{ it.basis }}</div></td>
                  <td>{{ it.job.priority }}</td>
                  <td class="start">{{ when(it.estimated_start) }}</td>
                  <td class="finish">{{ when(it.estimated_finish) }} @if (it.duration_seconds !== null) { <span class="muted small">({{ dur(it.duration_seconds) }})</span> }</td>
                  <td>{{ it.waiting_for ?? '' }}</td>
                  <td class="actions">
                    <button type="button" class="btn small" (click)="move(i, -1)" [disabled]="i === 0" aria-label="Move up">↑</button>
                    <button type="button" class="btn small" (click)="move(i, 1)" [disabled]="i === items().length - 1" aria-label="Move down">↓</button>
                    <button type="button" class="btn small" (click)="togglePause(it)">{{ it.job.paused ? 'Resume' : 'Pause' }}</button>
                    <input type="datetime-local" [attr.aria-label]="'Not before for job ' + it.job.id" [ngModel]="local(it.job.not_before)"
                      (change)="setNotBefore(it, $any($event.target).value)" />
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </section>
      }
    </div>`,
  styles: `.actions { white-space: nowrap; } .actions input { width: 190px; } .scroll { overflow-x: auto; max-width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchedulePage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  private readonly session = inject(SessionStore);
  protected readonly queue = signal<QueueOut | null>(null);
  protected readonly items = signal<QueueItem[]>([]);

  constructor() {
    void this.load();
    const timer = setInterval(() => void this.load(), 5000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected when(iso: string | null): string {
    return iso ? new Date(iso).toLocaleString() : '–';
  }

  protected dur(s: number): string {
    return formatDuration(s);
  }

  protected gpus(it: QueueItem): string {
    const n = Number((it.job as unknown as { resources?: { gpus?: number } }).resources?.gpus ?? 0);
    return n ? ` · ${n} GPU(s)` : '';
  }

  protected local(iso: string | null | undefined): string {
    if (!iso) return '';
    const d = new Date(iso);
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  }

  private async load(): Promise<void> {
    const q = await this.api.get<QueueOut>(`${BASE}/queue`, { project_id: this.session.projectId() ?? undefined });
    this.queue.set(q);
    this.items.set(q.items);
  }

  protected async move(i: number, by: number): Promise<void> {
    const ids = this.items().map((it) => it.job.id);
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    await this.act(() => this.api.post(`${BASE}/queue/reorder`, { job_ids: ids }));
  }

  protected async togglePause(it: QueueItem): Promise<void> {
    await this.act(() => this.api.patch(`${BASE}/queue/${it.job.id}`, { paused: !it.job.paused }));
  }

  protected async setNotBefore(it: QueueItem, value: string): Promise<void> {
    const body = value ? { not_before: new Date(value).toISOString() } : { clear_not_before: true };
    await this.act(() => this.api.patch(`${BASE}/queue/${it.job.id}`, body));
  }

  private async act(call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
      await this.load();
    } catch (e) {
      this.toasts.error('Could not change the queue', (e as Error).message);
    }
  }
}
