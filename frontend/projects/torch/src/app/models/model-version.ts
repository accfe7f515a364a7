import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, ApiError, CodeViewer, Icon, RelativeTimePipe, formatNumber } from '@llmworks/ui-kit';
import { LineageGraph, ModelVersion } from '../api';

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
            <a class="btn" [href]="'/api/models/custom/' + v.id + '/export'"><lw-icon name="download" [size]="18" /> Download</a>
          </div>
        </div>
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
        <div class="grid cols-2">
          <lw-code-viewer [value]="v.config" language="yaml" title="Training configuration" />
          <lw-code-viewer [value]="v.evaluations ?? []" title="Evaluations" />
        </div>
      }
    </div>`,
  styles: `
    .lineage { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
    .lineage li { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
    .node { display: inline-flex; gap: 6px; align-items: center; padding: 6px 10px; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface-2); }
    .node.me { border-color: var(--accent); background: var(--accent-soft); }
    .rel { display: inline-flex; gap: 4px; align-items: center; color: var(--text-2); font-size: 12.5px; }
    .metrics { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); }
    .small-value { font-size: 20px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModelVersionPage {
  private readonly api = inject(ApiClient);
  readonly versionId = input.required<string>();
  protected readonly version = signal<ModelVersion | null>(null);
  protected readonly lineage = signal<LineageGraph | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly edges = computed(() => this.lineage()?.edges ?? []);
  protected readonly metricList = computed(() => Object.entries(this.version()?.metrics ?? {}).filter(([, v]) => typeof v === 'number').map(([k, v]) => [k, formatNumber(v)]));
  protected readonly String = String;
  protected readonly icon = (kind: string) => KIND_ICON[kind] ?? 'circle';
  protected readonly link = nodeLink;

  constructor() {
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
