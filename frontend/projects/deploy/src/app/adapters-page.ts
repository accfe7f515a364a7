import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ApiClient, ApiError, Chart, Icon, Page, RelativeTimePipe, SessionStore, StatusBadge } from '@llmworks/ui-kit';
import type { AdapterOut as Adapter, CompareReport, DeploymentOut as Deployment } from '@llmworks/api-client';
import { BASE } from './api';

/** The adapter manager: upload PEFT adapters, enable/disable them, attach one to a running
 * deployment, and compare the base with adapters (report with charts). */
@Component({
  selector: 'lw-adapters',
  imports: [FormsModule, Icon, StatusBadge, RelativeTimePipe, Chart],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>Adapters</h1><p class="subtitle">LoRA adapters trained elsewhere, validated against their base model.</p></div></div>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (notice()) { <div class="alert" role="status"><lw-icon name="check_circle" /> {{ notice() }}</div> }
      <section class="card" aria-labelledby="upload-title">
        <h2 id="upload-title">Upload an adapter</h2>
        <form class="grid cols-2" (ngSubmit)="upload()">
          <label>Name <input name="name" [(ngModel)]="name" required aria-label="Adapter name" /></label>
          <label>Base model <input name="base" [(ngModel)]="base" required aria-label="Base model" /></label>
          <label>Archive (zip or tar.gz of adapter_config.json + adapter_model.safetensors)
            <input type="file" accept=".zip,.gz,.tgz,.tar" (change)="pick($event)" aria-label="Adapter archive" /></label>
          <div><button class="btn primary" type="submit" [disabled]="busy() || !file"><lw-icon name="upload" [size]="18" /> Upload and validate</button></div>
        </form>
      </section>
      <section class="card flush">
        <table class="table" aria-label="Adapters">
          <thead><tr><th>Name</th><th>Base</th><th>Rank</th><th>Modules</th><th>State</th><th>Compare</th><th></th></tr></thead>
          <tbody>
            @for (a of adapters(); track a.id) {
              <tr>
                <td><strong>{{ a.name }}</strong><div class="muted small mono">{{ a.model }} · {{ a.created_at | relative }}</div>
                  @for (w of a.warnings; track $index) { <div class="small muted"><lw-icon name="warning" [size]="14" /> {{ w }}</div> }</td>
                <td class="mono small">{{ a.base_model }}</td>
                <td>{{ a.rank }}</td>
                <td class="small">{{ a.target_modules.join(', ') }}</td>
                <td><lw-status-badge [status]="a.enabled ? 'enabled' : 'disabled'" /></td>
                <td><input type="checkbox" [checked]="picked.has(a.id)" (change)="toggle(a.id)" [attr.aria-label]="'Compare ' + a.name" /></td>
                <td class="row">
                  <button class="btn" type="button" (click)="setEnabled(a, !a.enabled)">{{ a.enabled ? 'Disable' : 'Enable' }}</button>
                  @if (running().length && a.enabled) {
                    <select #dep [attr.aria-label]="'Deployment for ' + a.name">@for (d of running(); track d.id) { <option [value]="d.id">{{ d.name }}</option> }</select>
                    <button class="btn" type="button" (click)="attach(a, +dep.value)">Attach</button>
                  }
                </td>
              </tr>
            } @empty { <tr><td colspan="7" class="muted">No adapters uploaded yet.</td></tr> }
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="cmp-title">
        <h2 id="cmp-title">Compare</h2>
        <p class="muted small">The base model and the adapters ticked above: latency and tokens/s on the same prompts; quality on a dataset version with metrics.</p>
        <form class="grid cols-2" (ngSubmit)="compare()">
          <label>Prompts (one a line) <textarea name="prompts" [(ngModel)]="prompts" rows="3" aria-label="Prompts"></textarea></label>
          <label>Dataset version id (optional) <input name="dsv" [(ngModel)]="datasetVersion" aria-label="Dataset version" /></label>
          <label>Metrics (comma-separated) <input name="metrics" [(ngModel)]="metrics" aria-label="Metrics" /></label>
          <div><button class="btn primary" type="submit" [disabled]="busy() || !picked.size"><lw-icon name="compare_arrows" [size]="18" /> Compare</button></div>
        </form>
        @if (report(); as r) {
          <p>Comparison {{ r.job_id }}: <lw-status-badge [status]="r.state" /> {{ r.progress }}</p>
          @if (r.results.length) {
            <table class="table" aria-label="Comparison">
              <thead><tr><th>Candidate</th><th>Backend</th><th>Latency mean (ms)</th><th>p95 (ms)</th><th>Tokens/s</th>@for (m of r.metrics; track m) { <th>{{ m }}</th> }</tr></thead>
              <tbody>@for (x of r.results; track $index) { <tr><td>{{ x.label }}</td><td>{{ x.backend }}</td><td>{{ x.latency_ms_mean.toFixed(1) }}</td>
                <td>{{ x.latency_ms_p95.toFixed(1) }}</td><td>{{ x.tokens_per_second.toFixed(1) }}</td>@for (m of r.metrics; track m) { <td [attr.title]="missing(x, m)">{{ x.metrics[m] ?? (missing(x, m) ? 'n/a on ' + x.backend : '—') }}</td> }</tr> }</tbody>
            </table>
            <div class="grid cols-2">
              <lw-chart [options]="chart(r, 'latency')" label="Latency per request (ms)" height="240px" />
              <lw-chart [options]="chart(r, 'tps')" label="Tokens per second" height="240px" />
            </div>
            <a class="btn" [href]="reportHref(r.job_id)" target="_blank" rel="noopener"><lw-icon name="open_in_new" [size]="18" /> Full report</a>
          }
        }
      </section>
    </div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdaptersPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  protected readonly adapters = signal<Adapter[]>([]);
  protected readonly running = signal<Deployment[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly report = signal<CompareReport | null>(null);
  protected name = '';
  protected base = 'base:llmworks-demo-tiny';
  protected file: File | null = null;
  protected prompts = 'The pilot keeps the map\nOnce upon a time';
  protected datasetVersion = '';
  protected metrics = '';

  /** Why this backend could not give metric ``m`` (perplexity without token log-probabilities), or null. */
  protected missing(row: CompareReport['results'][number], m: string): string | null {
    return (row.unavailable as Record<string, string> | undefined)?.[m] ?? null;
  }
  protected readonly picked = new Set<number>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() { void this.load(); }

  ngOnDestroy(): void { clearInterval(this.timer); }

  private async load(): Promise<void> {
    try {
      const project = this.session.projectId() ?? undefined;
      const [adapters, deps] = await Promise.all([
        this.api.get<Page<Adapter>>(`${BASE}/adapters`, { project_id: project, limit: 200 }),
        this.api.get<Page<Deployment>>(`${BASE}/deployments`, { project_id: project, state: 'running', limit: 100 }),
      ]);
      this.adapters.set(adapters.items);
      this.running.set(deps.items.filter((d) => d.target === 'local'));
    } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  protected pick(event: Event): void { this.file = (event.target as HTMLInputElement).files?.[0] ?? null; }
  protected toggle(id: number): void { if (this.picked.has(id)) this.picked.delete(id); else this.picked.add(id); }

  protected async upload(): Promise<void> {
    if (!this.file) return;
    this.busy.set(true);
    try {
      const a = await this.api.post<Adapter>(`${BASE}/adapters`, this.file, { project_id: this.session.projectId(), name: this.name, base_model: this.base });
      this.notice.set(`Adapter ${a.name} validated: rank ${a.rank}, ${a.modules} modules (${a.model})`);
      this.error.set(null);
      await this.load();
    } catch (err) { this.error.set(ApiError.from(err).summary); } finally { this.busy.set(false); }
  }

  protected async setEnabled(a: Adapter, enabled: boolean): Promise<void> {
    try { await this.api.patch(`${BASE}/adapters/${a.id}`, { enabled }); await this.load(); } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  protected async attach(a: Adapter, deploymentId: number): Promise<void> {
    try {
      const out = await this.api.post<{ served_as: string }>(`${BASE}/adapters/${a.id}/attach`, { deployment_id: deploymentId });
      this.notice.set(`Attached without reloading the base: model ${out.served_as}`);
    } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  protected async compare(): Promise<void> {
    this.busy.set(true);
    try {
      const chosen = this.adapters().filter((a) => this.picked.has(a.id));
      const body = {
        project_id: this.session.projectId(), base_model: chosen[0]?.base_model ? `base:${chosen[0].base_model}` : this.base,
        candidates: [{ label: 'base' }, ...chosen.map((a) => ({ label: a.name, adapter_id: a.id }))],
        prompts: this.prompts.split('\n').map((p) => p.trim()).filter(Boolean),
        dataset_version_id: this.datasetVersion ? Number(this.datasetVersion) : null,
        metrics: this.metrics.split(',').map((m) => m.trim()).filter(Boolean),
      };
      const queued = await this.api.post<{ job_id: number }>(`${BASE}/adapters/compare`, body);
      clearInterval(this.timer);
      this.timer = setInterval(() => void this.poll(queued.job_id), 1000);
      this.error.set(null);
    } catch (err) { this.error.set(ApiError.from(err).summary); } finally { this.busy.set(false); }
  }

  protected reportHref(jobId: number): string { return `${BASE}/adapters/compare/${jobId}/report`; }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected chart(r: CompareReport, what: 'latency' | 'tps'): any {
    const labels = r.results.map((x) => `${x.label} (${x.backend})`);
    const values = r.results.map((x) => (what === 'latency' ? x.latency_ms_mean : x.tokens_per_second));
    return { tooltip: {}, xAxis: { type: 'category', data: labels }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: values }] };
  }

  private async poll(jobId: number): Promise<void> {
    const r = await this.api.get<CompareReport>(`${BASE}/adapters/compare/${jobId}`);
    this.report.set(r);
    if (['succeeded', 'failed', 'cancelled'].includes(r.state)) {
      clearInterval(this.timer);
    }
  }
}
