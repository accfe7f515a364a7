import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LlmworksClient, type JobOut, type JobUsageOut as JobUsage } from '@llmworks/api-client';
import {
  ApiClient, ApiError, CodeViewer, EventStream, Icon, JOB_DONE_STATES, JobProgress, LogViewer, RelativeTimePipe, StatusBadge, ToastService, apiClient,
  followProject, formatBytes,
} from '@llmworks/ui-kit';

/** Where a job runs, from the clusters plugin (absent without it). */
interface JobPlacement {
  job_id: number; backend: string | null; native_id: string | null; status: string;
  submissions: { attempt: number; native_id: string | null; state: string; message: string }[];
}

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
        @if (placement(); as p) {
          <section class="card placement" aria-label="Where it runs">
            <strong>Runs on:</strong> {{ p.backend ?? "this installation's workers" }}
            @if (p.native_id) { · <span class="mono">{{ nativeLabel(p.backend) }} {{ p.native_id }}</span> }
            · <span class="muted">{{ p.status }}</span>
            @if (p.submissions.length > 1) { · {{ p.submissions.length }} submissions }
          </section>
        } @else if (j.backend) {
          <section class="card placement" aria-label="Where it runs"><strong>Runs on:</strong> {{ j.backend }}
            @if (nativeId(j); as n) { · <span class="mono">{{ n }}</span> }</section>
        }
        @if (usage(); as u) {
          <section class="card usage" aria-label="Resources and cost">
            <strong>Resources:</strong> {{ u.devices.length ? 'GPU ' + u.devices.join(', ') + ' (' + u.device_types.join(', ') + ')' : 'CPU' }}
            · {{ u.gpu_hours.toFixed(3) }} GPU-hours
            @if (u.peak_rss_bytes) { · peak memory {{ mb(u.peak_rss_bytes) }} }
            @for (d of gpuPeaks(u); track d[0]) { · GPU {{ d[0] }} peak {{ mb(d[1]) }} }
            @if (u.energy_joules !== null) { · {{ (u.energy_joules / 3600).toFixed(1) }} Wh }
            @if (u.cost !== null) { · <strong>cost {{ u.cost.toFixed(2) }} {{ u.currency }}</strong> }
            @if (u.estimated_cost !== null) { · estimated {{ u.estimated_cost.toFixed(2) }} {{ u.currency }} }
          </section>
        }
        @if (j.error) { <div class="alert danger" role="alert"><lw-icon name="error" /><pre class="err">{{ j.error }}</pre></div> }
        <lw-log-viewer [jobId]="j.id" [live]="!done()" title="Job log" height="360px" />
        <div class="grid cols-2">
          <lw-code-viewer [value]="j.payload" title="Payload" />
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
  private readonly api = apiClient(LlmworksClient);
  private readonly toasts = inject(ToastService);
  readonly jobId = input.required<string>();
  protected readonly job = signal<JobOut | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = computed(() => JOB_DONE_STATES.includes(this.job()?.state ?? ''));
  private readonly http = inject(ApiClient);
  /** Devices, GPU-hours, peaks and cost from the resources plugin (absent without it). */
  protected readonly usage = signal<JobUsage | null>(null);
  /** Backend, native id (Slurm job id, pod name) and scheduler status from the clusters plugin. */
  protected readonly placement = signal<JobPlacement | null>(null);

  constructor() {
    // the header shows this job's project; switching it leaves for the list
    followProject(() => (this.job() as { project_id?: number | null } | null)?.project_id, () => ['/jobs']);
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
      this.job.set(await this.api.jobs.getJob({ job_id: Number(id) }));
      this.error.set(null);
      this.usage.set(await this.http.get<JobUsage>(`/api/plugins/resources/jobs/${id}/usage`).catch(() => null));
      this.placement.set(await this.http.get<JobPlacement>(`/api/plugins/clusters/jobs/${id}`).catch(() => null));
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected nativeLabel(backend: string | null): string {
    return backend?.includes('slurm') ? 'Slurm job' : backend?.includes('kube') ? 'pod' : 'native id';
  }

  protected nativeId(j: JobOut): string | null {
    const a = j.assignment as { native_id?: string | null } | null | undefined;
    return a?.native_id ?? null;
  }

  protected mb(bytes: number): string {
    return formatBytes(bytes);
  }

  protected gpuPeaks(u: JobUsage): [string, number][] {
    return Object.entries(u.peak_gpu_memory_bytes);
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
      const job_id = Number(this.jobId());
      this.job.set(await (action === 'cancel' ? this.api.jobs.cancelJob({ job_id }) : this.api.jobs.resumeJob({ job_id })));
      this.toasts.success(message);
    } catch (err) {
      this.toasts.apiError(err, `Could not ${action} the job`);
    } finally {
      this.busy.set(false);
    }
  }
}
