import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ApiClient, ApiError, Chart, CodeViewer, EventStream, Icon, JOB_DONE_STATES, JobProgress, LogViewer, RelativeTimePipe, StatusBadge,
  ToastService, formatBytes, formatNumber, followProject,
} from '@llmworks/ui-kit';
import type { TrainingMetricsOut as MetricSeries, TrainingJobDetail as TrainingJob } from '@llmworks/api-client';

type Series = Record<string, [number, number][]>;

/** Appends new points to each series (metrics are polled with after_step). */
export function mergeSeries(current: Series, update: Series): Series {
  const out: Series = { ...current };
  for (const [key, points] of Object.entries(update)) out[key] = [...(out[key] ?? []), ...points];
  return out;
}

export function lineOptions(series: Series, keys: string[], opts: { yName?: string; log?: boolean; bytes?: boolean } = {}) {
  const present = keys.filter((k) => series[k]?.length);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (opts.bytes ? formatBytes(v) : formatNumber(v)) },
    legend: { data: present },
    xAxis: { type: 'value', name: 'step', nameLocation: 'middle', nameGap: 26, minInterval: 1 },
    yAxis: { type: opts.log ? 'log' : 'value', name: opts.yName, scale: true, axisLabel: { formatter: (v: number) => (opts.bytes ? formatBytes(v) : formatNumber(v, 3)) } },
    series: present.map((k) => ({ name: k, type: 'line', showSymbol: series[k].length < 30, smooth: false, data: series[k] })),
  };
}

/** A training job live: status, progress and ETA, loss and LR curves, memory, log; cancel and resume. */
@Component({
  selector: 'lw-training-monitor',
  imports: [RouterLink, Icon, JobProgress, Chart, LogViewer, CodeViewer, StatusBadge, RelativeTimePipe],
  templateUrl: './training-monitor.html',
  styles: `
    .kv { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; }
    .kv div { display: flex; flex-direction: column; gap: 2px; }
    .kv span:first-child { color: var(--text-2); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; font-weight: 600; }
    .kv span:last-child { font-weight: 650; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingMonitorPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  readonly jobId = input.required<string>();
  protected readonly job = signal<TrainingJob | null>(null);
  protected readonly series = signal<Series>({});
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = computed(() => JOB_DONE_STATES.includes(this.job()?.state ?? ''));
  protected readonly lossChart = computed(() => lineOptions(this.series(), ['loss', 'val_loss'], { yName: 'loss' }));
  protected readonly lrChart = computed(() => lineOptions(this.series(), ['learning_rate'], { yName: 'learning rate' }));
  protected readonly memChart = computed(() => lineOptions(this.series(), ['memory_bytes', 'cuda_max_allocated_bytes'], { bytes: true }));
  protected readonly speedChart = computed(() => lineOptions(this.series(), ['tokens_per_second', 'grad_norm']));
  protected readonly hasMetrics = computed(() => Object.keys(this.series()).length > 0);
  protected readonly latest = computed(() => {
    const j = this.job();
    const m = (j?.latest_metrics ?? {}) as Record<string, number | null | undefined>;
    const e = (j?.latest_eval ?? {}) as Record<string, number | null | undefined>;
    return [
      ['Step', j?.step !== null && j?.step !== undefined ? `${j.step} / ${j.total_steps ?? '?'}` : '—'],
      ['Loss', formatNumber(m['loss'])],
      ['Val loss', formatNumber(e['val_loss'])],
      ['Learning rate', formatNumber(m['learning_rate'])],
      ['Tokens / s', formatNumber(m['tokens_per_second'], 3)],
      ['Memory', m['memory_bytes'] ? formatBytes(m['memory_bytes']) : '—'],
      ['GPU memory', m['cuda_max_allocated_bytes'] ? formatBytes(m['cuda_max_allocated_bytes']) : 'no GPU'],
      ['Checkpoint', j?.last_checkpoint_step ? `step ${j.last_checkpoint_step}` : '—'],
    ];
  });
  private lastStep = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    // the header shows this job's project; switching it leaves for the list
    followProject(() => (this.job() as { project_id?: number | null } | null)?.project_id, () => ['/training']);
    effect(() => {
      const id = this.jobId();
      untracked(() => {
        this.series.set({});
        this.lastStep = 0;
        void this.refresh(id);
      });
    });
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e.subject_kind === 'job' && String(e.subject_id) === String(this.jobId())) void this.refresh(this.jobId(), false);
    });
    inject(DestroyRef).onDestroy(() => this.timer && clearTimeout(this.timer));
  }

  /** Job and new metric points; keeps polling every 2 s while the job runs. */
  private async refresh(id: string, schedule = true): Promise<void> {
    try {
      const [job, metrics] = await Promise.all([
        this.api.get<TrainingJob>(`/api/training/jobs/${id}`),
        this.api.get<MetricSeries>(`/api/training/jobs/${id}/metrics`, { after_step: this.lastStep }),
      ]);
      if (id !== this.jobId()) return;
      this.job.set(job);
      if (Object.keys(metrics.series).length) this.series.update((s) => mergeSeries(s, metrics.series as Series));
      this.lastStep = metrics.last_step;
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
    if (schedule) {
      if (this.timer) clearTimeout(this.timer);
      if (!this.done()) this.timer = setTimeout(() => void this.refresh(id), 2000);
    }
  }

  protected async act(action: 'cancel' | 'resume'): Promise<void> {
    this.busy.set(true);
    try {
      this.job.set(await this.api.post<TrainingJob>(`/api/training/jobs/${this.jobId()}/${action}`));
      this.toasts.success(action === 'cancel' ? 'Cancel requested (the last checkpoint is kept)' : 'Resuming from the newest checkpoint');
      void this.refresh(this.jobId());
    } catch (err) {
      this.toasts.apiError(err, `Could not ${action} the job`);
    } finally {
      this.busy.set(false);
    }
  }
}
