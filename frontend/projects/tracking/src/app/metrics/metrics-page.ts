import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  ApiClient, ApiError, CellDef, Column, DataTable, Icon, Page, PageQuery, SessionStore, ToastService, formatNumber,
} from '@llmworks/ui-kit';

interface MetricRow {
  name: string; kind: string; higher_is_better: boolean; description: string; source: string; plugin: string | null;
  requires: string[]; id: number | null; project_id: number | null; type: string | null;
}
interface Score { score: number | null; per_example: (number | null)[] | null; details: Record<string, unknown> | null }

const EXAMPLE = `metrics:
  - name: says_please
    type: keyword_coverage
    keywords: [please, thank you]
    description: Share of the keywords each answer uses
  - name: quality
    type: formula
    formula: 0.5 * bleu / 100 + 0.5 * rougeL
`;

/**
 * Metrics of the project: the plugins' and the project's YAML metrics. An editor registers YAML
 * metrics (validated first: dry run), and a test box computes a metric on predictions and
 * references typed in, one per line.
 */
@Component({
  selector: 'lw-metrics-page',
  imports: [FormsModule, DataTable, CellDef, Icon],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>Metrics</h1><p class="subtitle">What evaluations can score: the plugins' metrics and this project's YAML metrics.</p></div></div>
      <div class="layout">
        <section class="card flush">
          <lw-data-table [columns]="columns" [loader]="load" [refresh]="tick()" caption="Metrics" emptyTitle="No metrics">
            <ng-template lwCell="name" let-row><strong class="mono">{{ row.name }}</strong><div class="muted small">{{ row.description }}</div></ng-template>
            <ng-template lwCell="source" let-row><span class="chip" [class.accent]="row.source === 'yaml'">{{ row.source === 'yaml' ? 'YAML · ' + (row.type ?? '') : (row.plugin ?? row.source) }}</span></ng-template>
            <ng-template lwCell="higher_is_better" let-row>{{ row.higher_is_better ? 'higher' : 'lower' }}</ng-template>
            <ng-template lwCell="actions" let-row>
              @if (row.source === 'yaml' && row.id) {
                <button type="button" class="btn ghost icon sm" [attr.aria-label]="'Delete metric ' + row.name" (click)="remove(row)"><lw-icon name="delete" [size]="18" /></button>
              }
            </ng-template>
          </lw-data-table>
        </section>
        <div class="stack">
          <section class="card col" aria-labelledby="yaml-title">
            <h2 id="yaml-title">Register YAML metrics</h2>
            <label class="sr-only" for="metric-yaml">YAML document</label>
            <textarea id="metric-yaml" class="input code" rows="12" spellcheck="false" [ngModel]="yaml()" (ngModelChange)="yaml.set($event)" data-testid="metric-yaml"></textarea>
            <label class="check small"><input type="checkbox" [ngModel]="replace()" (ngModelChange)="replace.set($event)" /> replace metrics of the same name</label>
            @if (yamlError()) { <div class="alert danger small" role="alert">{{ yamlError() }}</div> }
            @if (validated()) { <div class="alert ok small" role="status">{{ validated() }}</div> }
            <div class="row">
              <button type="button" class="btn" (click)="register(true)" [disabled]="busy()"><lw-icon name="rule" [size]="18" /> Validate</button>
              <button type="button" class="btn primary" (click)="register(false)" [disabled]="busy() || session.projectId() === null"><lw-icon name="add" [size]="18" /> Register</button>
            </div>
          </section>
          <section class="card col" aria-labelledby="test-title">
            <h2 id="test-title">Test a metric</h2>
            <label class="field">Metric
              <select class="input" [ngModel]="testMetric()" (ngModelChange)="testMetric.set($event)" data-testid="test-metric">
                @for (m of textMetrics(); track m) { <option [value]="m">{{ m }}</option> }
              </select></label>
            <div class="two">
              <label class="field">Predictions, one per line<textarea class="input" rows="4" [ngModel]="predictions()" (ngModelChange)="predictions.set($event)" data-testid="test-predictions"></textarea></label>
              <label class="field">References, one per line<textarea class="input" rows="4" [ngModel]="references()" (ngModelChange)="references.set($event)" data-testid="test-references"></textarea></label>
            </div>
            @if (testError()) { <div class="alert danger small" role="alert">{{ testError() }}</div> }
            <div class="row"><button type="button" class="btn primary" (click)="test()" [disabled]="busy() || !testMetric()"><lw-icon name="play_arrow" [size]="18" /> Compute</button>
              @if (testScore(); as s) { <span class="result" data-testid="test-score"><span class="muted">{{ testMetric() }}</span> <strong class="mono">{{ s }}</strong></span> }</div>
            @if (perExample().length) { <p class="small muted">Per example: {{ perExample().join(' · ') }}</p> }
          </section>
        </div>
      </div>
    </div>`,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(320px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .stack { display: flex; flex-direction: column; gap: 16px; }
    .col { display: flex; flex-direction: column; gap: 10px; }
    textarea { width: 100%; box-sizing: border-box; }
    textarea.code { font-family: var(--font-mono, monospace); font-size: 13px; }
    .two { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
    @media (max-width: 560px) { .two { grid-template-columns: 1fr; } }
    .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; color: var(--text-2); }
    .check { display: inline-flex; align-items: center; gap: 6px; }
    .result { font-size: 18px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MetricsPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly tick = signal(0);
  protected readonly all = signal<MetricRow[]>([]);
  protected readonly textMetrics = computed(() => this.all().filter((m) => m.kind === 'text').map((m) => m.name));
  protected readonly yaml = signal(EXAMPLE);
  protected readonly replace = signal(false);
  protected readonly yamlError = signal<string | null>(null);
  protected readonly validated = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly testMetric = signal('');
  protected readonly predictions = signal('The sky is blue.\nPlease wait, thank you.');
  protected readonly references = signal('The sky is blue.\nPlease hold on.');
  protected readonly testScore = signal<string | null>(null);
  protected readonly perExample = signal<string[]>([]);
  protected readonly testError = signal<string | null>(null);
  protected readonly columns: Column<MetricRow>[] = [
    { key: 'name', label: 'Metric' },
    { key: 'kind', label: 'Kind', hideOnMobile: true },
    { key: 'source', label: 'From' },
    { key: 'higher_is_better', label: 'Better', hideOnMobile: true },
    { key: 'actions', label: '', align: 'right' },
  ];

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      this.tick();
      untracked(() => void this.refreshAll(project));
    });
  }

  protected readonly load = (q: PageQuery): Promise<Page<MetricRow>> =>
    this.api.get<Page<MetricRow>>('/api/metrics', { project_id: this.session.projectId() ?? undefined, limit: q.limit, offset: q.offset });

  private async refreshAll(project: number | null): Promise<void> {
    try {
      const page = await this.api.get<Page<MetricRow>>('/api/metrics', { project_id: project ?? undefined, limit: 500 });
      this.all.set(page.items);
      if (!this.textMetrics().includes(this.testMetric())) this.testMetric.set(this.textMetrics()[0] ?? '');
    } catch {
      this.all.set([]);
    }
  }

  protected async register(dryRun: boolean): Promise<void> {
    this.busy.set(true);
    this.yamlError.set(null);
    this.validated.set(null);
    try {
      const r = await this.api.post<{ items: MetricRow[]; dry_run: boolean }>('/api/metrics/yaml', {
        project_id: this.session.projectId(), yaml: this.yaml(), replace: this.replace(), dry_run: dryRun,
      });
      const names = r.items.map((m) => m.name).join(', ');
      if (dryRun) this.validated.set(`Valid: ${names}`);
      else {
        this.toasts.success('Metrics registered', names);
        this.tick.update((t) => t + 1);
        const text = r.items.find((m) => m.kind === 'text');
        if (text) this.testMetric.set(text.name);
      }
    } catch (err) {
      this.yamlError.set(ApiError.from(err).summary);
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(m: MetricRow): Promise<void> {
    try {
      await this.api.delete(`/api/metrics/yaml/${m.id}`);
      this.toasts.success('Metric deleted', m.name);
      this.tick.update((t) => t + 1);
    } catch (err) {
      this.toasts.error('Not deleted', ApiError.from(err).summary);
    }
  }

  protected async test(): Promise<void> {
    const predictions = this.predictions().split('\n');
    const references = this.references().split('\n');
    this.testError.set(null);
    this.testScore.set(null);
    this.perExample.set([]);
    if (predictions.length !== references.length) {
      this.testError.set(`${predictions.length} predictions but ${references.length} references: give one reference per prediction`);
      return;
    }
    this.busy.set(true);
    try {
      const r = await this.api.post<{ results: Record<string, Score> }>('/api/metrics/compute', {
        project_id: this.session.projectId(), metrics: [this.testMetric()], predictions, references,
      });
      const s = r.results[this.testMetric()];
      this.testScore.set(s?.score === null || s?.score === undefined ? '—' : formatNumber(s.score));
      this.perExample.set((s?.per_example ?? []).map((v) => (v === null ? '—' : formatNumber(v))));
    } catch (err) {
      this.testError.set(ApiError.from(err).summary);
    } finally {
      this.busy.set(false);
    }
  }
}
