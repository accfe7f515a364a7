import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ApiClient, ApiError, Chart, CodeViewer, Icon, RelativeTimePipe, StatusBadge, followProject, formatDuration, formatNumber,
} from '@llmworks/ui-kit';
import type { RunOut as Run, RunSeriesOut, SeriesChart } from '@llmworks/api-client';
import { byImportance, orderMetrics } from '../metric-order';

/** One run: status, parameters, its metrics (loss, validation loss, perplexity, scores first) with charts, tags and notes. */
@Component({
  selector: 'lw-run-detail',
  imports: [RouterLink, Chart, CodeViewer, Icon, RelativeTimePipe, StatusBadge],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/experiments">Experiments</a> / {{ run()?.name ?? runId() }}</nav>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (run(); as r) {
        <div class="page-header">
          <div><h1>{{ r.name }}</h1>
            <p class="subtitle"><lw-status-badge [status]="r.status" /> · {{ r.experiment }} · created {{ r.created_at | relative }}
              @if (r.duration_seconds) { · ran {{ formatDuration(r.duration_seconds) }} }
              @if (r.job_id) { · <a [routerLink]="['/training', r.job_id]">training job {{ r.job_id }}</a> }</p></div>
          <a class="btn" [routerLink]="['/experiments/compare']" [queryParams]="{ runs: r.id }"><lw-icon name="compare_arrows" [size]="18" /> Compare</a>
        </div>
        <section class="card" aria-labelledby="summary-title">
          <h2 id="summary-title">Metrics</h2>
          @if (metricCards().length) {
            <div class="stats">@for (m of metricCards(); track m.key) {
              <div class="stat"><span class="label">{{ m.key }}</span><span class="value sm">{{ m.value }}</span>@if (m.range) { <span class="muted small">{{ m.range }}</span> }</div>
            }</div>
          } @else { <p class="muted">No metrics logged yet.</p> }
        </section>
        @if (charts().length) {
          <div class="grid cols-2">
            @for (c of charts(); track c.key) {
              <section class="card"><h2>{{ c.key }}</h2><lw-chart [options]="chartOption(c)" [label]="c.key + ' by step'" height="220px" /></section>
            }
          </div>
        }
        <div class="grid cols-2">
          <section class="card"><h2>Tags</h2>
            @if (r.tags.length) { <div class="row wrap">@for (t of r.tags; track t) { <span class="chip">{{ t }}</span> }</div> } @else { <p class="muted small">No tags.</p> }
            <h2 class="notes-title">Notes</h2><p class="notes">{{ r.notes || 'No notes.' }}</p>
          </section>
          <lw-code-viewer [value]="$any(r).config ?? r.params" language="yaml" title="Configuration" maxHeight="360px" />
        </div>
      }
    </div>`,
  styles: `
    .stats { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); }
    .stat .label { overflow-wrap: anywhere; }
    .value.sm { font-size: 20px; }
    .row.wrap { flex-wrap: wrap; gap: 6px; }
    .notes-title { margin-top: 16px; }
    .notes { white-space: pre-wrap; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunDetailPage {
  private readonly api = inject(ApiClient);
  readonly runId = input.required<string>();
  protected readonly run = signal<Run | null>(null);
  protected readonly charts = signal<SeriesChart[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly formatDuration = formatDuration;
  protected readonly metricCards = computed(() => {
    const r = this.run();
    if (!r) return [];
    const seen = new Set<string>();
    const cards: { key: string; value: string; range: string | null }[] = [];
    for (const m of orderMetrics(r.metrics.filter((x) => x.last !== null), (x) => x.key)) {
      seen.add(m.key);
      cards.push({ key: m.key, value: formatNumber(m.last), range: m.count > 1 && m.min !== null && m.max !== null ? `${m.count} points, ${formatNumber(m.min)} – ${formatNumber(m.max)}` : null });
    }
    for (const key of Object.keys(r.summary ?? {}).sort(byImportance)) {
      if (!seen.has(key) && typeof r.summary[key] === 'number') cards.push({ key, value: formatNumber(r.summary[key]), range: null });
    }
    return orderMetrics(cards, (c) => c.key);
  });

  constructor() {
    followProject(() => this.run()?.project_id, () => ['/experiments']);
    effect(() => {
      const id = this.runId();
      untracked(() => void this.load(id));
    });
  }

  protected chartOption(c: SeriesChart): Record<string, unknown> {
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: 'step', min: 'dataMin', max: 'dataMax' },
      yAxis: { type: 'value', scale: true },
      series: [{ type: 'line', name: c.key, showSymbol: c.x.length < 30, data: c.x.map((x, i) => [x, c.y[i]]) }],
    };
  }

  private async load(id: string): Promise<void> {
    try {
      const run = await this.api.get<Run>(`/api/tracking/runs/${id}`);
      this.run.set(run);
      this.error.set(null);
      const keys = orderMetrics(run.metrics.filter((m) => m.count > 1), (m) => m.key).slice(0, 8).map((m) => m.key);
      if (keys.length) {
        const s = await this.api.get<RunSeriesOut>(`/api/tracking/runs/${id}/series`, { keys: keys.join(','), points: 400 });
        this.charts.set(orderMetrics(s.series, (c) => c.key));
      } else {
        this.charts.set([]);
      }
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }
}
