import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiClient, Chart, EventStream, Icon, Page, RelativeTimePipe, StatusBadge, ToastService, formatNumber } from '@llmworks/ui-kit';
import type { EChartsCoreOption } from 'echarts/core';
import type {
  AnnotatorHistoryOut as AnnotatorHistory, CampaignOut as Campaign, FeedbackExportOut as ExportOut, ItemOut as Item, QualityOut as Quality,
} from '@llmworks/api-client';
import { describeAnswer } from './api';

/** One campaign: progress, the agreement and annotator dashboard, one annotator's history, its items and the export. */
@Component({
  selector: 'lw-campaign-detail',
  imports: [FormsModule, RouterLink, Chart, Icon, RelativeTimePipe, StatusBadge],
  template: `
    <div class="page">
      @if (campaign(); as c) {
        <div class="page-header">
          <div><h1>{{ c.name }}</h1><p class="subtitle">{{ c.tasks.join(' · ') }} · {{ c.items }} items · {{ c.annotators.length }} annotators, r = {{ c.annotators_per_item }}</p></div>
          <lw-status-badge [status]="c.status" />
        </div>
        @if (c.error) { <div class="alert danger" role="alert">{{ c.error }}</div> }
        <div class="grid">
          <section class="card stack" aria-labelledby="agreement-h">
            <h2 id="agreement-h">Agreement</h2>
            @if (quality(); as q) {
              <table class="table small" data-testid="agreement">
                <caption class="sr-only">Agreement per signal</caption>
                <thead><tr><th>Signal</th><th>α nominal</th><th>α ordinal</th><th>α interval</th><th>Fleiss κ</th><th>% agree</th><th>Answers</th></tr></thead>
                <tbody>@for (a of q.agreement; track a.signal) {
                  <tr><td class="mono">{{ a.signal }}</td><td>{{ f(a.alpha_nominal) }}</td><td>{{ f(a.alpha_ordinal) }}</td><td>{{ f(a.alpha_interval) }}</td>
                    <td>{{ f(a.fleiss_kappa) }}</td><td>{{ f(a.percent_agreement) }}</td><td>{{ a.answers }}</td></tr>
                }</tbody>
              </table>
              <lw-chart [options]="agreementChart()" height="220px" label="Agreement per signal" />
            }
          </section>
          <section class="card stack" aria-labelledby="annotators-h">
            <h2 id="annotators-h">Annotators</h2>
            @if (quality(); as q) {
              <lw-chart [options]="annotatorChart()" height="220px" label="Agreement with the consensus and gold accuracy per annotator" />
              <table class="table small" data-testid="annotators">
                <caption class="sr-only">Annotator quality</caption>
                <thead><tr><th>Annotator</th><th>Items</th><th>Consensus</th><th>Gold</th><th>s / item</th><th></th></tr></thead>
                <tbody>@for (p of q.annotators; track p.user_id) {
                  <tr><td><button type="button" class="link" (click)="showAnnotator(p.user_id)" [attr.aria-label]="'History of ' + p.username">{{ p.username }}</button></td><td>{{ p.items }}</td><td>{{ f(p.consensus_agreement) }}</td><td>{{ f(p.gold_accuracy) }}</td><td>{{ f(p.median_seconds) }}</td>
                    <td>@if (p.outlier) { <span class="chip danger" [title]="p.reasons.join('; ')" data-testid="outlier">outlier</span> }</td></tr>
                }</tbody>
              </table>
            }
          </section>
        </div>
        <section class="card stack" aria-labelledby="annotator-h" data-testid="annotator-history">
          <div class="row"><h2 id="annotator-h">Annotator history</h2>
            <select class="input" name="annotator" [ngModel]="annotator()" (ngModelChange)="showAnnotator($event)" aria-label="Annotator">
              <option [ngValue]="null">— annotator —</option>
              @for (a of c.annotators; track a.user_id) { <option [ngValue]="a.user_id">{{ a.username }}</option> }
            </select></div>
          @if (history(); as h) {
            <table class="table small">
              <caption>Every answer and edit of {{ h.username }} ({{ h.answers.length }})</caption>
              <thead><tr><th>When</th><th>Item</th><th>Revision</th><th>Answer</th></tr></thead>
              <tbody>@for (a of h.answers; track a.id) {
                <tr [class.muted]="!a.current"><td>{{ a.created_at | relative }}</td>
                  <td><a [routerLink]="['/feedback/campaigns', c.id, 'items', a.item_id]">{{ itemLabel(a.item_id) }}</a></td>
                  <td>{{ a.revision }}@if (!a.current) { <span> (edited later)</span> }</td><td class="mono">{{ describe(a) }}</td></tr>
              } @empty { <tr><td colspan="4" class="muted">No answers yet.</td></tr> }</tbody>
            </table>
          }
        </section>
        <section class="card stack" aria-labelledby="export-h">
          <h2 id="export-h">Export</h2>
          <div class="row">
            <label class="small">Min agreement <input class="input narrow" type="number" min="0.51" max="1" step="0.01" name="minAgree" [(ngModel)]="minAgreement" /></label>
            <label class="small"><input type="checkbox" name="outliers" [(ngModel)]="includeOutliers" /> include outliers</label>
            <button class="btn primary" type="button" (click)="export('preference')"><lw-icon name="download" [size]="16" /> Preference dataset</button>
            <button class="btn" type="button" (click)="export('reward')">Reward dataset</button>
          </div>
          <ul class="small">@for (e of exports(); track e.id) {
            <li>{{ e.kind }}: <a [routerLink]="['/datasets', e.dataset_id]">dataset {{ e.dataset_id }} v{{ e.version }}</a> ({{ e.rows }} rows)</li>
          }</ul>
        </section>
        <section class="card flush">
          <table class="table">
            <caption>Items</caption>
            <thead><tr><th>#</th><th>Prompt</th><th>Answers</th><th></th></tr></thead>
            <tbody>@for (it of items(); track it.id) {
              <tr><td>{{ it.position + 1 }}</td><td>{{ it.prompt }} @if (it.is_gold) { <span class="chip">gold</span> }</td>
                <td class="mono small">{{ it.answers }}/{{ it.assigned }}</td>
                <td><a [routerLink]="['/feedback/campaigns', c.id, 'items', it.id]">history</a></td></tr>
            }</tbody>
          </table>
        </section>
      }
    </div>`,
  styles: `
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 16px; margin-bottom: 16px; }
    .row { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; } .narrow { width: 80px; }
    .link { background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; font: inherit; text-decoration: underline; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignDetailPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  readonly campaignId = input.required<string>();
  protected readonly campaign = signal<Campaign | null>(null);
  protected readonly quality = signal<Quality | null>(null);
  protected readonly items = signal<Item[]>([]);
  protected readonly exports = signal<ExportOut[]>([]);
  protected readonly annotator = signal<number | null>(null);
  protected readonly history = signal<AnnotatorHistory | null>(null);
  protected readonly describe = describeAnswer;
  protected minAgreement = 0.67;
  protected includeOutliers = false;
  protected readonly f = (x: number | null | undefined) => (x == null ? '—' : formatNumber(x));

  protected readonly agreementChart = computed((): EChartsCoreOption => {
    const a = this.quality()?.agreement ?? [];
    const series = [['alpha_nominal', 'α nominal'], ['alpha_ordinal', 'α ordinal'], ['alpha_interval', 'α interval'], ['fleiss_kappa', 'Fleiss κ'], ['percent_agreement', '% agree']] as const;
    return {
      legend: {}, tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: a.map((x) => x.signal) }, yAxis: { type: 'value', min: -1, max: 1 },
      series: series.map(([key, name]) => ({ type: 'bar', name, data: a.map((x) => x[key] ?? null) })),
    };
  });
  protected readonly annotatorChart = computed((): EChartsCoreOption => {
    const p = this.quality()?.annotators ?? [];
    return {
      legend: {}, tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: p.map((x) => x.username + (x.outlier ? ' ⚠' : '')) },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [{ type: 'bar', name: 'consensus agreement', data: p.map((x) => x.consensus_agreement) },
               { type: 'bar', name: 'gold accuracy', data: p.map((x) => x.gold_accuracy) }],
    };
  });

  constructor() {
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe(() => void this.reload());
  }

  async ngOnInit(): Promise<void> {
    await this.reload();
  }

  private async reload(): Promise<void> {
    const id = this.campaignId();
    const [c, q, items, exports] = await Promise.allSettled([
      this.api.get<Campaign>(`/api/feedback/campaigns/${id}`),
      this.api.get<Quality>(`/api/feedback/campaigns/${id}/quality`),
      this.api.get<Page<Item>>(`/api/feedback/campaigns/${id}/items`, { limit: 200 }),
      this.api.get<ExportOut[]>(`/api/feedback/campaigns/${id}/exports`),
    ]);
    if (c.status === 'fulfilled') this.campaign.set(c.value); else this.toasts.apiError(c.reason, 'Campaign not loaded');
    if (q.status === 'fulfilled') this.quality.set(q.value);
    if (items.status === 'fulfilled') this.items.set(items.value.items);
    if (exports.status === 'fulfilled') this.exports.set(exports.value);
  }

  /** Every answer (and edit) of one annotator, from `GET .../annotators/{user}/history`. */
  protected async showAnnotator(userId: number | null): Promise<void> {
    this.annotator.set(userId);
    this.history.set(null);
    if (userId == null) return;
    try {
      const h = await this.api.get<AnnotatorHistory>(`/api/feedback/campaigns/${this.campaignId()}/annotators/${userId}/history`);
      if (this.annotator() === userId) this.history.set(h);
    } catch (err) {
      this.toasts.apiError(err, 'History not loaded');
    }
  }

  protected itemLabel(itemId: number): string {
    const it = this.items().find((x) => x.id === itemId);
    return it ? `#${it.position + 1} ${it.prompt.length > 60 ? it.prompt.slice(0, 57) + '…' : it.prompt}` : `item ${itemId}`;
  }

  protected async export(kind: 'preference' | 'reward'): Promise<void> {
    try {
      const e = await this.api.post<ExportOut>(`/api/feedback/campaigns/${this.campaignId()}/export`, {
        kind, rules: kind === 'preference' ? { min_agreement: this.minAgreement, include_outliers: this.includeOutliers } : { include_outliers: this.includeOutliers },
      });
      this.toasts.success(`Exported ${e.rows} ${kind} rows`, `dataset version ${e.dataset_version_id}`);
      await this.reload();
    } catch (err) {
      this.toasts.apiError(err, 'Export failed');
    }
  }
}
