import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  LlmworksClient, type BaseModelOut, type DatasetOut, type DatasetVersionOut, type FertilityOut, type LanguageStatsOut,
  type ModelLanguagesOut,
} from '@llmworks/api-client';
import { ApiError, Chart, Icon, SessionStore, ToastService, apiClient } from '@llmworks/ui-kit';

/** Languages of a dataset version (chart), tokenizer fertility per language for chosen models
 *  (table), and the language tags of models. */
@Component({
  selector: 'lw-curation-languages',
  imports: [RouterLink, Chart, Icon],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Languages</h1><p class="subtitle">Which languages a dataset holds, and how many tokens per word each model's tokenizer spends on them.</p></div>
        <a class="btn" routerLink="/curation"><lw-icon name="arrow_back" [size]="18" /> Recipes</a>
      </div>
      @if (error()) { <div class="card error-card" role="alert">{{ error() }}</div> }
      <div class="grid">
        <section class="card" aria-label="Language distribution">
          <div class="row-fields">
            <label class="field"><span class="lbl">Dataset</span>
              <select class="input" aria-label="Dataset" [value]="datasetId() ?? ''" (change)="selectDataset(+$any($event.target).value)">
                @for (d of datasets(); track d.id) { <option [value]="d.id">{{ d.name }}</option> }</select></label>
            <label class="field"><span class="lbl">Version</span>
              <select class="input" aria-label="Dataset version" [value]="versionId() ?? ''" (change)="selectVersion(+$any($event.target).value)">
                @for (v of versions(); track v.id) { <option [value]="v.id">v{{ v.version }} · {{ v.row_count.toLocaleString() }} rows</option> }</select></label>
          </div>
          @if (stats(); as s) {
            <p class="muted small">{{ s.sampled.toLocaleString() }} of {{ s.rows.toLocaleString() }} rows read · detector: {{ $any(s.detector)['library'] }}</p>
            <lw-chart [options]="languageChart()!" height="260px" label="Rows per language" />
            <table class="stats" aria-label="Languages">
              <thead><tr><th>Language</th><th class="num">Rows</th><th class="num">Share</th><th>Scripts</th></tr></thead>
              <tbody>@for (l of s.languages; track l.language) {
                <tr><td>{{ l.name }} <span class="muted">({{ l.language }})</span></td><td class="num">{{ l.rows }}</td>
                  <td class="num">{{ (l.share * 100).toFixed(1) }}%</td><td class="muted small">{{ scripts(l.scripts) }}</td></tr>
              }</tbody>
            </table>
          } @else { <p class="muted">Choose a dataset version.</p> }
        </section>

        <section class="card" aria-label="Tokenizer fertility">
          <h2>Tokenizer fertility</h2>
          <p class="muted small">Tokens per word of each model's tokenizer, per language of the chosen version. A value far above English means training and generating in that language costs more tokens (and context).</p>
          <div class="models">
            @for (m of models(); track m.ref) {
              <label class="check"><input type="checkbox" [checked]="chosen().includes(m.ref)" (change)="toggle(m.ref)" /> {{ m.ref }}</label>
            }
          </div>
          <button class="btn primary" type="button" (click)="measure()" [disabled]="busy() || !chosen().length || versionId() === null">
            <lw-icon name="straighten" [size]="18" /> {{ busy() ? 'Measuring…' : 'Measure fertility' }}</button>
          @if (fertility(); as f) {
            <div class="scroll" tabindex="0" role="region" aria-label="Fertility table"><table class="stats" aria-label="Fertility per model and language">
              <thead><tr><th>Model</th><th>Language</th><th class="num">Rows</th><th class="num">Words</th><th class="num">Tokens</th><th class="num">Tokens / word</th><th class="num">vs English</th></tr></thead>
              <tbody>@for (m of f.models; track m.model) { @for (l of m.languages; track l.language) {
                <tr [class.poor]="ratio(m.languages, l.tokens_per_word) >= 2">
                  <td>{{ m.model }}</td><td>{{ l.name }} ({{ l.language }})</td><td class="num">{{ l.rows }}</td><td class="num">{{ l.words }}</td>
                  <td class="num">{{ l.tokens }}</td><td class="num"><strong>{{ l.tokens_per_word ?? '—' }}</strong></td>
                  <td class="num">{{ ratio(m.languages, l.tokens_per_word) ? ratio(m.languages, l.tokens_per_word).toFixed(2) + '×' : '—' }}</td></tr>
              } }</tbody>
            </table></div>
          }
        </section>

        <section class="card" aria-label="Model language tags">
          <h2>Model language tags</h2>
          <div class="row-fields">
            <label class="field grow"><span class="lbl">Model</span>
              <input class="input" list="curation-models" aria-label="Model" [value]="tagModel()" (input)="tagModel.set($any($event.target).value)" placeholder="custom:3 or base:name" />
              <datalist id="curation-models">@for (m of models(); track m.ref) { <option [value]="m.ref"></option> }</datalist></label>
            <label class="field grow"><span class="lbl">Languages (ISO 639-1, comma separated)</span>
              <input class="input" aria-label="Languages" [value]="tagLangs()" (input)="tagLangs.set($any($event.target).value)" placeholder="hi, en" /></label>
            <button class="btn" type="button" (click)="saveTags()" [disabled]="!tagModel()">Save tags</button>
          </div>
          <table class="stats"><thead><tr><th>Model</th><th>Languages</th></tr></thead>
            <tbody>@for (t of tags(); track t.id) { <tr><td>{{ t.model }}</td><td>@for (l of t.languages; track l) { <span class="chip">{{ l }}</span> }</td></tr> }
              @empty { <tr><td colspan="2" class="muted">No model is tagged yet.</td></tr> }</tbody></table>
        </section>
      </div>
    </div>`,
  styles: `
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(420px, 100%), 1fr)); gap: 16px; align-items: start; }
    .row-fields { display: flex; gap: 12px; flex-wrap: wrap; align-items: flex-end; margin-bottom: 10px; }
    .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; min-width: 160px; } .field.grow { flex: 1; }
    .lbl { font-weight: 600; }
    .models { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 8px 0 12px; font-size: 13px; }
    .check { display: flex; gap: 6px; align-items: center; }
    .stats { width: 100%; border-collapse: collapse; font-size: 13px; margin-top: 10px; }
    .stats th, .stats td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); }
    .stats .num { text-align: right; font-variant-numeric: tabular-nums; }
    tr.poor td { color: var(--danger); }
    .error-card { border-color: var(--danger); color: var(--danger); margin-bottom: 12px; }
    h2 { margin-top: 0; }
    .scroll { overflow-x: auto; max-width: 100%; }
    .card { min-width: 0; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguagesPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly session = inject(SessionStore);
  private readonly toasts = inject(ToastService);
  protected readonly datasets = signal<DatasetOut[]>([]);
  protected readonly versions = signal<DatasetVersionOut[]>([]);
  protected readonly datasetId = signal<number | null>(null);
  protected readonly versionId = signal<number | null>(null);
  protected readonly stats = signal<LanguageStatsOut | null>(null);
  protected readonly models = signal<BaseModelOut[]>([]);
  protected readonly chosen = signal<string[]>([]);
  protected readonly fertility = signal<FertilityOut | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly tags = signal<ModelLanguagesOut[]>([]);
  protected readonly tagModel = signal('');
  protected readonly tagLangs = signal('');

  protected readonly languageChart = computed(() => {
    const s = this.stats();
    if (!s) return null;
    const langs = [...s.languages].reverse();
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: langs.map((l) => `${l.name} (${l.language})`) },
      series: [{ name: 'rows', type: 'bar', data: langs.map((l) => l.rows), label: { show: true, position: 'right' } }],
    };
  });

  constructor() {
    effect(() => {
      const pid = this.session.projectId();
      untracked(() => void this.load(pid));
    });
  }

  private async load(pid: unknown): Promise<void> {
    if (pid === null || pid === undefined) return;
    try {
      const [ds, models, tags] = await Promise.all([
        this.api.datasets.listDatasets({ project_id: Number(pid), limit: 100 }),
        this.api.models.listAvailableModels({ limit: 100 }),
        this.api.curation.listModelLanguages({ project_id: Number(pid), limit: 100 }),
      ]);
      this.datasets.set(ds.items);
      this.models.set(models.items);
      this.tags.set(tags.items);
      if (!this.chosen().length && models.items.length) this.chosen.set([models.items[0].ref]);
      if (ds.items.length) await this.selectDataset(ds.items[0].id);
    } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  protected async selectDataset(id: number): Promise<void> {
    this.datasetId.set(id);
    const vs = await this.api.datasets.listDatasetVersions({ dataset_id: id, limit: 100 });
    this.versions.set(vs.items);
    if (vs.items.length) await this.selectVersion(vs.items[0].id);
  }

  protected async selectVersion(id: number): Promise<void> {
    this.versionId.set(id);
    this.fertility.set(null);
    try {
      this.stats.set(await this.api.curation.versionLanguages({ version_id: id }));
      this.error.set(null);
    } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  protected toggle(ref: string): void {
    this.chosen.update((c) => (c.includes(ref) ? c.filter((x) => x !== ref) : [...c, ref].slice(0, 5)));
  }

  protected async measure(): Promise<void> {
    const v = this.versionId();
    if (v === null) return;
    this.busy.set(true);
    try {
      this.fertility.set(await this.api.curation.fertility({ body: { dataset_version_id: v, models: this.chosen() } }));
    } catch (err) { this.toasts.apiError(err, 'Could not measure fertility'); } finally { this.busy.set(false); }
  }

  protected ratio(langs: { language: string; tokens_per_word?: number | null }[], value: number | null | undefined): number {
    const en = langs.find((l) => l.language === 'en')?.tokens_per_word;
    return en && value ? value / en : 0;
  }

  protected scripts(s: Record<string, number>): string {
    return Object.entries(s).map(([k, v]) => `${k} ${v}`).join(', ');
  }

  protected async saveTags(): Promise<void> {
    const pid = this.session.projectId();
    if (pid === null || pid === undefined) return;
    try {
      const languages = this.tagLangs().split(',').map((x) => x.trim()).filter(Boolean);
      await this.api.curation.setModelLanguages({ body: { project_id: Number(pid), model: this.tagModel(), languages } });
      this.tags.set((await this.api.curation.listModelLanguages({ project_id: Number(pid), limit: 100 })).items);
      this.toasts.success('Language tags saved', this.tagModel());
    } catch (err) { this.toasts.apiError(err, 'Could not save the tags'); }
  }
}
