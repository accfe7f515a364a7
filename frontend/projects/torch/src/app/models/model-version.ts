import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ApiClient, ApiError, CodeViewer, Icon, Page, RelativeTimePipe, ToastService, formatNumber, followProject } from '@llmworks/ui-kit';
import type { LineageGraph, ModelVersionDetail as ModelVersion } from '@llmworks/api-client';

const KIND_ICON: Record<string, string> = {
  dataset: 'dataset', dataset_version: 'stacks', job: 'work_history', run: 'science', model_version: 'neurology', base_model: 'neurology',
  evaluation: 'fact_check', export: 'ios_share', deployment: 'rocket_launch',
};

/** Where a lineage node's page is. */
export function nodeLink(kind: string, id: string): string | null {
  switch (kind) {
    case 'model_version': return `/models/custom/${id}`;
    case 'job': return `/training/${id}`;
    case 'dataset_version': case 'dataset': return `/datasets`;
    case 'run': return `/experiments`;
    default: return null;
  }
}

interface EvaluationRef { id: number; name?: string; status: string; results?: Record<string, number | { score?: number | null } | null> }

/** One custom model version: what it came from (lineage), its metrics and configuration. */
@Component({
  selector: 'lw-model-version',
  imports: [RouterLink, Icon, CodeViewer, RelativeTimePipe],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/models/custom">Custom models</a> / {{ version()?.name ?? versionId() }}</nav>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (version(); as v) {
        <div class="page-header">
          <div><h1>{{ v.name }}</h1><p class="subtitle"><span class="chip accent">{{ v.method }}</span> of <span class="mono">{{ v.base_model }}</span> · created {{ v.created_at | relative }} · <span class="mono">{{ v.ref }}</span></p></div>
          <div class="row">
            <a class="btn" routerLink="/playground"><lw-icon name="chat" [size]="18" /> Try in playground</a>
            <button class="btn" type="button" (click)="openExport()" aria-haspopup="dialog"><lw-icon name="ios_share" [size]="18" /> Export</button>
            <a class="btn" [href]="'/deployments?model=custom:' + v.id"><lw-icon name="rocket_launch" [size]="18" /> Deploy</a>
          </div>
        </div>
        @if (exportOpen()) {
          <section class="card" role="dialog" aria-modal="false" aria-labelledby="export-title">
            <h2 id="export-title">Export {{ v.name }}</h2>
            @if (formats() === null) {
              <p class="muted" role="status">Loading the export formats…</p>
            } @else if (formats()!.length) {
              <fieldset class="formats">
                <legend class="muted small">Format (every format an installed plugin registers)</legend>
                @for (f of formats()!; track f.name) {
                  <label class="format"><input type="radio" name="format" [value]="f.name" [checked]="format() === f.name" (change)="format.set(f.name)" />
                    <strong>{{ f.name }}</strong> <span class="muted small">{{ f.description }}</span></label>
                }
              </fieldset>
              <label>Archive <select [value]="archive()" (change)="archive.set($any($event.target).value)" aria-label="Archive type"><option value="tar.gz">tar.gz</option><option value="zip">zip</option></select></label>
              <div class="row">
                <a class="btn primary" [href]="'/api/models/custom/' + v.id + '/export?format=' + format() + '&archive=' + archive()"><lw-icon name="download" [size]="18" /> Download {{ format() }}</a>
                <button class="btn" type="button" (click)="exportOpen.set(false)">Close</button>
              </div>
            } @else { <p class="muted">No export formats are installed.</p> }
          </section>
        }
          <section class="card" aria-labelledby="evaluate-title">
            <h2 id="evaluate-title">Evaluate</h2>
            <form class="stack" (submit)="$event.preventDefault(); evaluate(v.id)">
              <label class="field-inline">Dataset version (validation split)
                <select class="input" [value]="evalDataset()" (change)="evalDataset.set($any($event.target).value)" data-testid="evaluate-dataset">
                  @for (d of datasetVersions(); track d.id) { <option [value]="d.id" [selected]="String(d.id) === evalDataset()">{{ d.name }} v{{ d.version }} ({{ d.row_count }} rows)</option> }
                </select>
              </label>
              <fieldset class="metrics-pick"><legend class="small">Metrics</legend>
                @for (m of metricNames(); track m) {
                  <label class="check"><input type="checkbox" [checked]="chosen().includes(m)" (change)="toggle(m)" /> {{ m }}</label>
                }
              </fieldset>
              <label class="field-inline">Examples at most <input class="input num" type="number" min="1" max="5000" [value]="maxExamples()" (input)="maxExamples.set(+$any($event.target).value)" /></label>
              @if (evalError()) { <div class="alert danger small" role="alert">{{ evalError() }}</div> }
              <div><button class="btn primary" type="submit" [disabled]="evaluating() || !evalDataset() || !chosen().length"><lw-icon name="fact_check" [size]="18" /> Evaluate</button></div>
            </form>
          </section>
        <section class="card" aria-labelledby="lineage-title">
          <h2 id="lineage-title">Lineage</h2>
          @if (edges().length) {
            <ol class="lineage">
              @for (e of edges(); track $index) {
                <li>
                  <span class="node"><lw-icon [name]="icon(e.src.kind)" [size]="18" />
                    @if (link(e.src.kind, e.src.id); as l) { <a [routerLink]="l">{{ e.src.kind.replace('_', ' ') }} {{ e.src.id }}</a> } @else { {{ e.src.kind.replace('_', ' ') }} {{ e.src.id }} }</span>
                  <span class="rel"><lw-icon name="arrow_forward" [size]="16" /> {{ e.relation }}</span>
                  <span class="node" [class.me]="e.dst.kind === 'model_version' && e.dst.id === String(v.id)"><lw-icon [name]="icon(e.dst.kind)" [size]="18" />
                    @if (link(e.dst.kind, e.dst.id); as l) { <a [routerLink]="l">{{ e.dst.kind.replace('_', ' ') }} {{ e.dst.id }}</a> } @else { {{ e.dst.kind.replace('_', ' ') }} {{ e.dst.id }} }</span>
                </li>
              }
            </ol>
          } @else { <p class="muted">No lineage recorded for this version.</p> }
        </section>
        @if (metricList().length) {
          <section class="card"><h2>Metrics</h2>
            <div class="metrics">@for (m of metricList(); track m[0]) { <div class="stat"><span class="label">{{ m[0] }}</span><span class="value small-value">{{ m[1] }}</span></div> }</div>
          </section>
        }
        <section class="card" aria-labelledby="evals-title">
          <h2 id="evals-title">Evaluations</h2>
          @if (evaluations().length) {
            <table class="table" data-testid="model-evaluations">
              <thead><tr><th scope="col">Evaluation</th><th scope="col">Status</th>@for (m of evalMetrics(); track m) { <th scope="col" class="num">{{ m }}</th> }</tr></thead>
              <tbody>
                @for (e of evaluations(); track e.id) {
                  <tr><td><a [routerLink]="['/evaluations', e.id]">#{{ e.id }} {{ e.name }}</a></td><td>{{ e.status }}</td>
                    @for (m of evalMetrics(); track m) { <td class="num mono">{{ score(e, m) }}</td> }</tr>
                }
              </tbody>
            </table>
          } @else { <p class="muted">Not evaluated yet.</p> }
        </section>
        <lw-code-viewer [value]="v.config" language="yaml" title="Training configuration" />
      }
    </div>`,
  styles: `
    .lineage { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
    .lineage li { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
    .node { display: inline-flex; gap: 6px; align-items: center; padding: 6px 10px; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface-2); }
    .node.me { border-color: var(--accent); background: var(--accent-soft); }
    .rel { display: inline-flex; gap: 4px; align-items: center; color: var(--text-2); font-size: 12.5px; }
    .metrics { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); }
    .small-value { font-size: 20px; }
    .row.wrap { flex-wrap: wrap; align-items: end; gap: 12px; }
    .field-inline { display: flex; flex-direction: column; gap: 4px; font-size: 13px; color: var(--text-2); }
    .stack { display: flex; flex-direction: column; gap: 12px; }
    .metrics-pick { display: flex; flex-wrap: wrap; gap: 8px 16px; border: 1px solid var(--border); border-radius: var(--radius); padding: 8px 12px; }
    .check { display: inline-flex; gap: 6px; align-items: center; }
    .input.num { width: 120px; }
    td.num, th.num { text-align: right; }
    .formats { display: flex; flex-direction: column; gap: 6px; border: 0; padding: 0; }
    .format { display: flex; gap: 8px; align-items: baseline; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModelVersionPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  readonly versionId = input.required<string>();
  protected readonly version = signal<ModelVersion | null>(null);
  protected readonly lineage = signal<LineageGraph | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly edges = computed(() => this.lineage()?.edges ?? []);
  protected readonly metricList = computed(() => Object.entries(this.version()?.metrics ?? {}).filter(([, v]) => typeof v === 'number').map(([k, v]) => [k, formatNumber(v as number)]));
  protected readonly String = String;
  protected readonly icon = (kind: string) => KIND_ICON[kind] ?? 'circle';
  protected readonly link = nodeLink;
  protected readonly exportOpen = signal(false);
  /** null while the list is loading (so the dialog never says "none installed" before it knows). */
  protected readonly formats = signal<{ name: string; description: string; media_type: string | null }[] | null>(null);
  protected readonly format = signal('merged');
  protected readonly archive = signal('tar.gz');

  protected async openExport(): Promise<void> {
    this.exportOpen.set(true);
    if (this.formats()?.length) return; // loaded once; an empty or failed list is asked again
    try {
      const formats = (await this.api.get<Page<{ name: string; description: string; media_type: string | null }>>('/api/training/export-formats', { limit: 500 })).items;
      this.formats.set(formats);
      if (formats.length && !formats.some((f) => f.name === this.format())) this.format.set(formats[0].name);
    } catch (err) {
      this.formats.set([]);
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected readonly datasetVersions = signal<{ id: number; name: string; version: number; row_count: number }[]>([]);
  protected readonly evalDataset = signal('');
  protected readonly metricNames = signal<string[]>(['perplexity', 'bleu', 'rougeL']);
  protected readonly chosen = signal<string[]>(['bleu', 'rougeL']);
  protected readonly maxExamples = signal(50);
  protected readonly evaluating = signal(false);
  protected readonly evalError = signal<string | null>(null);
  protected readonly evaluations = computed(() => (this.version()?.evaluations ?? []) as unknown as EvaluationRef[]);
  protected readonly evalMetrics = computed(() => {
    const names = new Set<string>();
    for (const e of this.evaluations()) for (const k of Object.keys(e.results ?? {})) names.add(k);
    return [...names];
  });

  protected score(e: EvaluationRef, metric: string): string {
    const r = e.results?.[metric];
    const value = typeof r === 'number' ? r : r?.score;
    return typeof value === 'number' ? formatNumber(value) : '—';
  }

  protected toggle(metric: string): void {
    this.chosen.update((list) => (list.includes(metric) ? list.filter((m) => m !== metric) : [...list, metric]));
  }

  protected async evaluate(id: number): Promise<void> {
    this.evaluating.set(true);
    this.evalError.set(null);
    try {
      const ev = await this.api.post<{ id: number }>(`/api/models/custom/${id}/evaluate`, {
        metrics: this.chosen(), dataset_version_id: Number(this.evalDataset()), max_examples: this.maxExamples(),
      });
      this.toasts.success('Evaluation queued', `evaluation #${ev.id}`);
      void this.router.navigate(['/evaluations', ev.id]);
    } catch (err) {
      this.evalError.set(ApiError.from(err).summary);
    } finally {
      this.evaluating.set(false);
    }
  }

  private async loadChoices(project: number): Promise<void> {
    const [versions, metrics] = await Promise.all([
      this.api.get<Page<{ id: number; name: string; version: number; row_count: number }>>('/api/datasets/versions', { project_id: project, limit: 200 }).catch(() => null),
      this.api.get<Page<{ name: string; kind: string }>>('/api/metrics', { project_id: project, limit: 500 }).catch(() => null),
    ]);
    if (versions) {
      this.datasetVersions.set(versions.items);
      const own = this.version()?.dataset_version_id;
      this.evalDataset.set(String(versions.items.find((d) => d.id === own)?.id ?? versions.items[0]?.id ?? ''));
    }
    if (metrics?.items.length) this.metricNames.set(metrics.items.map((m) => m.name));
  }

  constructor() {
    effect(() => {
      const project = (this.version() as { project_id?: number } | null)?.project_id;
      if (project !== undefined) untracked(() => void this.loadChoices(project));
    });
    // the header shows this version's project; switching it leaves for the list
    followProject(() => (this.version() as { project_id?: number | null } | null)?.project_id, () => ['/models/custom']);
    effect(() => {
      const id = this.versionId();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const [version, lineage] = await Promise.all([
        this.api.get<ModelVersion>(`/api/models/custom/${id}`),
        this.api.get<LineageGraph>('/api/lineage', { kind: 'model_version', id }).catch(() => null),
      ]);
      this.version.set(version);
      this.lineage.set(lineage);
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }
}
