import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, ApiError, Chart, EmptyState, Icon, formatNumber } from '@llmworks/ui-kit';
import type { CompareSeries as AlignedSeries, CompareOut as Comparison, RunOut as Run } from '@llmworks/api-client';
import { orderMetrics } from '../metric-order';

/** ECharts option for one metric: every run's aligned values on the common x grid. */
export function seriesOption(s: AlignedSeries, runs: Run[], x: string) {
  const name = (id: string) => runs.find((r) => String(r.id) === id)?.name ?? `run ${id}`;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
    legend: { data: Object.keys(s.aligned.values).map(name) },
    xAxis: { type: 'value', name: x === 'step' ? 'step' : 'seconds', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatNumber(v, 3) } },
    series: Object.entries(s.aligned.values).map(([id, values]) => ({
      name: name(id), type: 'line', showSymbol: false, connectNulls: false,
      data: s.aligned.x.map((xv, i) => [xv, values[i]]),
    })),
  };
}

export function benchmarkOption(c: Comparison) {
  const runs = c.runs;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
    legend: { data: runs.map((r) => r.name) },
    xAxis: { type: 'category', data: c.benchmarks.map((b) => b.metric + (b.higher_is_better === false ? ' ↓' : b.higher_is_better ? ' ↑' : '')) },
    yAxis: { type: 'value' },
    series: runs.map((r) => ({ name: r.name, type: 'bar', data: c.benchmarks.map((b) => b.values[String(r.id)] ?? null) })),
  };
}

@Component({
  selector: 'lw-compare',
  imports: [RouterLink, Chart, Icon, EmptyState],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/experiments">Experiments</a> / compare</nav>
      <div class="page-header">
        <div><h1>Compare runs</h1><p class="subtitle">{{ data()?.runs?.length ?? 0 }} run{{ data()?.runs?.length === 1 ? '' : 's' }}: aligned curves, what differs in their parameters, benchmark scores.</p></div>
        <div class="segmented" role="group" aria-label="X axis">
          <button type="button" [attr.aria-pressed]="x() === 'step'" (click)="x.set('step')">by step</button>
          <button type="button" [attr.aria-pressed]="x() === 'wall_time'" (click)="x.set('wall_time')">by time</button>
        </div>
      </div>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (data(); as c) {
        @if (c.series.length) {
          <div class="grid cols-2">
            @for (s of c.series; track s.key) {
              <section class="card"><h2>{{ s.key }}</h2><lw-chart [options]="option(s, c)" [label]="s.key + ' of the compared runs'" /></section>
            }
          </div>
        }
        @if (c.benchmarks.length) {
          <section class="card"><h2>Benchmarks</h2><lw-chart [options]="bars(c)" label="Benchmark scores per run" height="300px" /></section>
        }
        <section class="card flush">
          <header class="pad row"><h2>Parameters</h2><span class="muted small">{{ c.params.differing.length }} of {{ c.params.keys.length }} differ</span><span class="spacer"></span>
            <label class="check small"><input type="checkbox" [checked]="allParams()" (change)="allParams.set(!allParams())" /> show all</label></header>
          <div class="table-wrap" tabindex="0" role="region" aria-label="Parameters of the compared runs">
            <table class="table">
              <caption class="sr-only">Parameters of the compared runs</caption>
              <thead><tr><th scope="col">Parameter</th>@for (r of c.runs; track r.id) { <th scope="col">{{ r.name }}</th> }</tr></thead>
              <tbody>
                @for (row of paramRows(); track row.key) {
                  <tr [class.diff]="row.differs"><th scope="row" class="mono">{{ row.key }}</th>@for (r of c.runs; track r.id) { <td class="mono">{{ show(row.values['' + r.id]) }}</td> }</tr>
                }
              </tbody>
            </table>
          </div>
          @if (!paramRows().length) { <lw-empty-state icon="tune" title="The runs share every parameter" [compact]="true" /> }
        </section>
      }
    </div>`,
  styles: `.spacer { flex: 1; } tr.diff th, tr.diff td { background: color-mix(in srgb, var(--warn-soft) 70%, transparent); } th[scope=row] { font-weight: 600; text-transform: none; letter-spacing: 0; font-size: 12.5px; color: var(--text); background: transparent; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparePage {
  private readonly api = inject(ApiClient);
  /** `?runs=1,2,3` */
  readonly runs = input<string>('');
  protected readonly x = signal<'step' | 'wall_time'>('step');
  protected readonly data = signal<Comparison | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly allParams = signal(false);
  protected readonly paramRows = computed(() => (this.data()?.params.rows ?? []).filter((r) => this.allParams() || r.differs));
  protected readonly option = (s: AlignedSeries, c: Comparison) => seriesOption(s, c.runs, c.x);
  protected readonly bars = benchmarkOption;

  constructor() {
    effect(() => {
      const ids = (this.runs() || '').split(',').filter((s) => /^\d+$/.test(s));
      const x = this.x();
      untracked(() => void this.load(ids, x));
    });
  }

  private async load(ids: string[], x: string): Promise<void> {
    if (!ids.length) { this.error.set('Pick runs on the Experiments page to compare them.'); return; }
    try {
      const c = await this.api.get<Comparison>('/api/tracking/compare', { run_ids: ids, x });
      // loss, validation loss, perplexity and evaluation scores first, then the rest by name
      this.data.set({ ...c, series: orderMetrics(c.series, (s) => s.key), benchmarks: orderMetrics(c.benchmarks, (b) => b.metric) });
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected show(v: unknown): string {
    if (v === null || v === undefined) return '—';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
}
