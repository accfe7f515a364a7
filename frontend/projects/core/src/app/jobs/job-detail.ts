import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ApiClient, ApiError, CodeViewer, EventStream, Icon, JOB_DONE_STATES, Job, JobProgress, LogViewer, RelativeTimePipe, StatusBadge, ToastService,
} from '@llmworks/ui-kit';

/** One job: live state and progress, its log, payload and result; cancel and resume. */
@Component({
  selector: 'lw-job-detail',
  imports: [RouterLink, Icon, JobProgress, LogViewer, CodeViewer, StatusBadge, RelativeTimePipe],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/jobs">Jobs</a> / #{{ jobId() }}</nav>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (job(); as j) {
        <div class="page-header">
          <div>
            <h1 class="row">{{ j.title || j.kind }} <lw-status-badge [status]="j.state" /></h1>
            <p class="subtitle mono small">#{{ j.id }} · {{ j.kind }} · created {{ j.created_at | relative }}@if (j.attempts) { · attempt {{ j.attempts }}/{{ j.max_attempts }} }</p>
          </div>
          <div class="row">
            @if (!done()) { <button type="button" class="btn danger" [disabled]="busy() || j.cancel_requested" (click)="cancel()"><lw-icon name="stop_circle" [size]="18" /> {{ j.cancel_requested ? 'Cancelling…' : 'Cancel' }}</button> }
            @if (j.state === 'failed' || j.state === 'cancelled') { <button type="button" class="btn primary" [disabled]="busy()" (click)="resume()"><lw-icon name="replay" [size]="18" /> Resume</button> }
          </div>
        </div>
        <section class="card"><lw-job-progress [job]="j" /></section>
        @if (j.error) { <div class="alert danger" role="alert"><lw-icon name="error" /><pre class="err">{{ j.error }}</pre></div> }
        <lw-log-viewer [jobId]="j.id" [live]="!done()" title="Job log" height="360px" />
        <div class="grid cols-2">
          <lw-code-viewer [value]="j.payload ?? {}" title="Payload" />
          <lw-code-viewer [value]="j.result ?? {}" title="Result" />
        </div>
      } @else if (!error()) {
        <div class="card"><div class="skeleton" style="height: 80px"></div></div>
      }
    </div>`,
  styles: `.err { margin: 0; white-space: pre-wrap; font-size: 12.5px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobDetailPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  readonly jobId = input.required<string>();
  protected readonly job = signal<Job | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = computed(() => JOB_DONE_STATES.includes(this.job()?.state ?? ''));

  constructor() {
    effect(() => {
      const id = this.jobId();
      untracked(() => void this.load(id));
    });
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e.subject_kind === 'job' && String(e.subject_id) === String(this.jobId())) void this.load(this.jobId());
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.job.set(await this.api.get<Job>(`/api/jobs/${id}`));
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected async cancel(): Promise<void> {
    await this.act('cancel', 'Cancel requested');
  }

  protected async resume(): Promise<void> {
    await this.act('resume', 'Job queued again');
  }

  private async act(action: 'cancel' | 'resume', message: string): Promise<void> {
    this.busy.set(true);
    try {
      this.job.set(await this.api.post<Job>(`/api/jobs/${this.jobId()}/${action}`));
      this.toasts.success(message);
    } catch (err) {
      this.toasts.apiError(err, `Could not ${action} the job`);
    } finally {
      this.busy.set(false);
    }
  }
}
