import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, ApiError, CellDef, Chart, Column, DataTable, Icon, JobProgress, Page, PageQuery, RelativeTimePipe, StatusBadge, formatNumber, followProject } from '@llmworks/ui-kit';
import type { EvaluationExampleOut as EvalExample, EvaluationOut as Evaluation } from '@llmworks/api-client';

/** One evaluation: scores as bars, and for a chosen metric its worst (or best) examples. */
@Component({
  selector: 'lw-evaluation-detail',
  imports: [RouterLink, Icon, Chart, DataTable, CellDef, JobProgress, StatusBadge, RelativeTimePipe],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/evaluations">Evaluation</a> / {{ evaluation()?.name || evaluationId() }}</nav>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (evaluation(); as e) {
        <div class="page-header">
          <div><h1 class="row">{{ e.name || 'Evaluation ' + e.id }} <lw-status-badge [status]="e.status" /></h1>
            <p class="subtitle"><span class="mono">{{ e.model }}</span> · {{ datasetLabel(e) }} · {{ e.n_examples }} examples · {{ e.created_at | relative }}</p></div>
          @if (e.job_id) { <a class="btn" [routerLink]="['/jobs', e.job_id]"><lw-icon name="work_history" [size]="18" /> Job</a> }
        </div>
        @if (e.progress) { <section class="card"><lw-job-progress [progress]="e.progress.total ? (e.progress.step ?? 0) / e.progress.total : null" status="running" [message]="e.progress.message" /></section> }
        @if (e.error) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ e.error }}</div> }
        @if (results().length) {
          <section class="card"><h2>Scores</h2>
            <div class="scores">
              @for (r of results(); track r.key) {
                <button type="button" class="score" [class.active]="metric() === r.key" (click)="metric.set(r.key)" [attr.aria-pressed]="metric() === r.key">
                  <span class="label">{{ r.key }} {{ r.hib ? '↑' : '↓' }}</span><span class="value">{{ r.value }}</span><span class="muted small">worst examples →</span>
                </button>
              }
            </div>
            <lw-chart [options]="chart()" height="220px" label="Scores per metric" />
          </section>
        }
        @if (metric()) {
          <section class="card flush">
            <header class="pad row"><h2>{{ order() === 'worst' ? 'Worst' : 'Best' }} examples for {{ metric() }}</h2><span class="spacer"></span>
              <div class="segmented" role="group" aria-label="Order"><button type="button" [attr.aria-pressed]="order() === 'worst'" (click)="order.set('worst')">worst</button><button type="button" [attr.aria-pressed]="order() === 'best'" (click)="order.set('best')">best</button></div></header>
            <lw-data-table [columns]="columns" [loader]="loadExamples" [refresh]="metric() + order()" [pageSize]="10" caption="Examples">
              <ng-template lwCell="prompt" let-row><div class="text">{{ row.prompt }}</div></ng-template>
              <ng-template lwCell="reference" let-row><div class="text">{{ row.reference }}</div></ng-template>
              <ng-template lwCell="prediction" let-row><div class="text pred">{{ row.prediction }}</div></ng-template>
              <ng-template lwCell="score" let-row><span class="mono">{{ num(row.scores[metric()!]) }}</span></ng-template>
            </lw-data-table>
          </section>
        }
      }
    </div>`,
  styles: `
    .spacer { flex: 1; }
    .scores { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); margin-bottom: 12px; }
    .score { display: flex; flex-direction: column; gap: 2px; padding: 12px; text-align: left; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); color: var(--text); font: inherit; cursor: pointer; }
    .score:hover { border-color: var(--accent); }
    .score.active { border-color: var(--accent); background: var(--accent-soft); }
    .score .label { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--text-2); }
    .score .value { font-size: 22px; font-weight: 700; }
    .text { white-space: pre-wrap; word-break: break-word; font-size: 13px; max-width: 360px; }
    .pred { font-family: var(--mono); font-size: 12.5px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationDetailPage {
  private readonly api = inject(ApiClient);
  readonly evaluationId = input.required<string>();
  protected readonly evaluation = signal<Evaluation | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly metric = signal<string | null>(null);
  protected readonly order = signal<'worst' | 'best'>('worst');
  protected readonly num = formatNumber;
  protected readonly columns: Column<EvalExample>[] = [
    { key: 'index', label: '#', align: 'right' },
    { key: 'prompt', label: 'Prompt' },
    { key: 'reference', label: 'Reference', hideOnMobile: true },
    { key: 'prediction', label: 'Prediction' },
    { key: 'score', label: 'Score', align: 'right' },
  ];
  protected readonly results = computed(() => Object.entries(this.evaluation()?.results ?? {})
    .filter(([, r]) => r.requested).map(([key, r]) => ({ key, value: formatNumber(r.score), score: r.score, hib: r.higher_is_better })));
  protected readonly chart = computed(() => ({
    tooltip: { trigger: 'axis' }, legend: { show: false },
    xAxis: { type: 'category', data: this.results().map((r) => r.key) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: this.results().map((r) => r.score), barMaxWidth: 48 }],
  }));
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    // the header shows this evaluation's project; switching it leaves for the list
    followProject(() => (this.evaluation() as { project_id?: number | null } | null)?.project_id, () => ['/evaluations']);
    effect(() => {
      const id = this.evaluationId();
      untracked(() => void this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.timer && clearTimeout(this.timer));
  }

  private async load(id: string): Promise<void> {
    try {
      const e = await this.api.get<Evaluation>(`/api/evaluations/${id}`);
      this.evaluation.set(e);
      this.error.set(null);
      if (!this.metric()) this.metric.set(this.results()[0]?.key ?? null);
      if (e.status === 'queued' || e.status === 'running') this.timer = setTimeout(() => void this.load(id), 2000);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected datasetLabel(e: Evaluation): string {
    const d = e.dataset;
    if (d['builtin']) return `built-in ${d['builtin']}`;
    if (d['version_id']) return `dataset version ${d['version_id']}`;
    if (d['examples']) return `${d['examples']} inline examples`;
    return 'dataset';
  }

  protected readonly loadExamples = (q: PageQuery): Promise<Page<EvalExample>> =>
    this.api.get<Page<EvalExample>>(`/api/evaluations/${this.evaluationId()}/examples`, { metric: this.metric(), order: this.order(), limit: q.limit, offset: q.offset });
}
