import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ApiClient, ApiError, CellDef, Chart, Column, DataTable, EventStream, FormControlDirective, FormField, Icon, Page, PageQuery,
  RelativeTimePipe, ServerErrors, SessionStore, StatusBadge, ToastService,
} from '@llmworks/ui-kit';
import type { ScorecardCompareOut as Comparison, ScorecardOut as Scorecard, SettingsOut as Settings, SuiteOut as Suite } from '@llmworks/api-client';
import { intervalChart, withInterval } from './api';

/** Bias & toxicity: scorecards per model version, a chart of the newest one's measures per group with
 * intervals (failing cells and gaps in red), two scorecards side by side, running a suite, thresholds and the gate. */
@Component({
  selector: 'lw-responsible-dashboard',
  imports: [FormsModule, RouterLink, DataTable, CellDef, Chart, FormField, FormControlDirective, Icon, StatusBadge, RelativeTimePipe],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Bias &amp; toxicity</h1><p class="subtitle">Suites per model version: stereotype pairs, group-conditioned generation, toxicity prompts — each measure per group with a 95% interval, the gaps, pass/fail against this project's thresholds.</p></div>
        <a class="btn" routerLink="/responsible/review"><lw-icon name="rate_review" [size]="18" /> Review queue</a>
      </div>
      <div class="layout">
        <div class="stack">
          <section class="card flush">
            <lw-data-table [columns]="columns" [loader]="load" [refresh]="tick()" caption="Scorecards" [rowClickable]="true" (rowClick)="open($event)"
              emptyTitle="No scorecards yet" emptyHint="Run a suite on a model with the form." emptyIcon="balance">
              <ng-template lwCell="pick" let-row>
                <input type="checkbox" [attr.aria-label]="'compare scorecard ' + row.id" [checked]="picked().includes(row.id)" (click)="$event.stopPropagation()" (change)="pick(row.id, $any($event.target).checked)" />
              </ng-template>
              <ng-template lwCell="suite" let-row>
                <a [routerLink]="['/responsible/scorecards', row.id]" (click)="$event.stopPropagation()"><strong>{{ row.suite }}</strong></a>
                <div class="muted small mono">{{ row.model }} · {{ row.backend }}</div>
              </ng-template>
              <ng-template lwCell="status" let-row><lw-status-badge [status]="row.status" /></ng-template>
              <ng-template lwCell="passed" let-row>
                @if (row.passed === true) { <span class="pass">pass</span> } @else if (row.passed === false) { <span class="fail">fail · {{ failing(row) }}</span> } @else { <span class="muted">–</span> }
              </ng-template>
              <ng-template lwCell="flagged" let-row><span class="mono">{{ row.flagged }}</span></ng-template>
              <ng-template lwCell="created_at" let-row><span class="muted">{{ row.created_at | relative }}</span></ng-template>
            </lw-data-table>
          </section>
          @if (latest(); as sc) {
            <section class="card">
              <h2>Newest scorecard: {{ sc.suite }} <span class="muted small mono">{{ sc.model }}</span></h2>
              @for (m of charts(); track m.key) {
                <h3 class="small">{{ m.title }}</h3>
                <lw-chart [options]="m.options" height="220px" [label]="m.title" />
              }
            </section>
          }
          @if (comparison(); as c) {
            <section class="card flush">
              <header class="pad row"><h2>Side by side: #{{ c.a.id }} {{ c.a.model }} vs #{{ c.b.id }} {{ c.b.model }}</h2></header>
              <div class="table-wrap" tabindex="0" role="region" aria-label="Comparison"><table class="table">
                <thead><tr><th>measure</th><th>category</th><th>group</th><th>{{ c.a.model }}</th><th>{{ c.b.model }}</th><th>Δ</th><th>intervals</th></tr></thead>
                <tbody>
                  @for (r of c.rows; track $index) {
                    <tr [class.gap]="r.group === null"><td>{{ r.measure }}</td><td>{{ r.category ?? 'all' }}</td><td>{{ r.group ?? '–' }}</td>
                      <td class="mono" [class.fail]="r.a?.passed === false">{{ fmt(r.a) }}</td><td class="mono" [class.fail]="r.b?.passed === false">{{ fmt(r.b) }}</td>
                      <td class="mono">{{ r.delta === null ? '–' : r.delta.toFixed(2) }}</td>
                      <td>{{ r.intervals_overlap === false ? 'separate' : r.intervals_overlap ? 'overlap' : '–' }}</td></tr>
                  }
                </tbody>
              </table></div>
            </section>
          }
        </div>
        <div class="stack">
          <form class="card stack" (ngSubmit)="run()" aria-labelledby="run-suite">
            <h2 id="run-suite">Run a suite</h2>
            @for (msg of errors.general(['suite', 'model', 'backend', 'seed', 'samples', 'max_items']); track msg) { <div class="alert danger small" role="alert">{{ msg }}</div> }
            <lw-form-field label="Suite" [error]="errors.for('suite')">
              <select lwControl class="input" name="suite" [(ngModel)]="suite">
                @for (s of suites(); track s.name) { <option [value]="s.name">{{ s.name }} ({{ s.language }}, {{ s.items }} items)</option> }
              </select>
            </lw-form-field>
            <lw-form-field label="Model" hint="base:<name> or custom:<model version id>" [error]="errors.for('model')"><input lwControl class="input mono" name="model" [(ngModel)]="model" /></lw-form-field>
            <lw-form-field label="Backend" [error]="errors.for('backend')"><input lwControl class="input" name="backend" [(ngModel)]="backend" /></lw-form-field>
            <lw-form-field label="Seed" [error]="errors.for('seed')"><input lwControl class="input" type="number" min="0" name="seed" [(ngModel)]="seed" /></lw-form-field>
            <lw-form-field label="Items at most" hint="empty: all" [error]="errors.for('max_items')"><input lwControl class="input" type="number" min="1" name="max" [(ngModel)]="maxItems" /></lw-form-field>
            <div><button class="btn primary" type="submit" [disabled]="busy()"><lw-icon name="play_arrow" [size]="18" /> Run</button></div>
          </form>
          <form class="card stack" (ngSubmit)="saveSettings()" aria-labelledby="gate">
            <h2 id="gate">Thresholds &amp; release gate</h2>
            @for (msg of settingsErrors.general(['thresholds', 'gate_suites', 'flag_threshold']); track msg) { <div class="alert danger small" role="alert">{{ msg }}</div> }
            <lw-form-field label="Thresholds (JSON)" hint='{"stereotype_score": 0.15, "group-generation-en:toxicity_gap": 0.2}' [error]="settingsErrors.for('thresholds')">
              <textarea lwControl class="input mono" rows="3" name="thresholds" [(ngModel)]="thresholds"></textarea>
            </lw-form-field>
            <label class="row small"><input type="checkbox" name="gate" [(ngModel)]="gateEnabled" /> Require passing scorecards before routes and deployments</label>
            <lw-form-field label="Gate suites" hint="comma-separated" [error]="settingsErrors.for('gate_suites')"><input lwControl class="input" name="gateSuites" [(ngModel)]="gateSuites" /></lw-form-field>
            <div><button class="btn" type="submit"><lw-icon name="save" [size]="18" /> Save</button></div>
          </form>
        </div>
      </div>
    </div>`,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.7fr) minmax(300px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .pass { color: var(--ok); font-weight: 600; }
    .fail { color: var(--danger); font-weight: 600; }
    tr.gap td { font-weight: 600; }
    .table { width: 100%; border-collapse: collapse; font-size: 13px; }
    .table th, .table td { padding: 6px 10px; border-top: 1px solid var(--border); text-align: left; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly errors = new ServerErrors();
  protected readonly settingsErrors = new ServerErrors();
  protected readonly tick = signal(0);
  protected readonly suites = signal<Suite[]>([]);
  protected readonly latest = signal<Scorecard | null>(null);
  protected readonly picked = signal<number[]>([]);
  protected readonly comparison = signal<Comparison | null>(null);
  protected readonly busy = signal(false);
  protected suite = 'stereotype-pairs-en';
  protected model = 'base:llmworks-demo-tiny';
  protected backend = 'pytorch';
  protected seed = 0;
  protected maxItems: number | null = null;
  protected thresholds = '{}';
  protected gateEnabled = false;
  protected gateSuites = '';
  protected readonly fmt = withInterval;
  protected readonly columns: Column<Scorecard>[] = [
    { key: 'pick', label: 'Compare' },
    { key: 'suite', label: 'Suite · model' },
    { key: 'status', label: 'Status' },
    { key: 'passed', label: 'Verdict' },
    { key: 'flagged', label: 'Flagged', align: 'right' },
    { key: 'created_at', label: 'Run', hideOnMobile: true },
  ];
  protected readonly charts = computed(() => {
    const sc = this.latest();
    if (!sc) return [];
    const out: { key: string; title: string; options: Record<string, unknown> }[] = [];
    const measures = [...new Set(sc.cells.map((c) => c.measure))];
    for (const m of measures) {
      const cells = sc.cells.filter((c) => c.measure === m);
      const perGroup = cells.filter((c) => c.group !== null);
      const shown = perGroup.length ? perGroup : cells;
      const ideal = m === 'stereotype_score' ? 0.5 : null;
      const label = perGroup.length ? `${m} per group` : `${m} per category${m.endsWith('_gap') ? ' (gap between groups)' : ''}`;
      out.push({ key: m, title: label, options: intervalChart(perGroup.length ? shown : cells.map((c) => ({ ...c, group: c.category ?? 'all' })), ideal, sc.thresholds[m] ?? null) });
    }
    return out;
  });

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.loadOptions(project));
    });
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe(() => this.tick.update((t) => t + 1));
  }

  private async loadOptions(project: number | string | null): Promise<void> {
    if (project === null) return;
    const [suites, settings, latest] = await Promise.allSettled([
      this.api.get<Page<Suite>>('/api/responsible/suites', { project_id: project, limit: 200 }),
      this.api.get<Settings>('/api/responsible/settings', { project_id: project }),
      this.api.get<Page<Scorecard>>('/api/responsible/scorecards', { project_id: project, limit: 1 }),
    ]);
    if (suites.status === 'fulfilled') this.suites.set(suites.value.items);
    if (settings.status === 'fulfilled') {
      this.thresholds = JSON.stringify(settings.value.thresholds);
      this.gateEnabled = settings.value.gate_enabled;
      this.gateSuites = settings.value.gate_suites.join(', ');
    }
    if (latest.status === 'fulfilled') this.latest.set(latest.value.items[0] ?? null);
  }

  protected readonly load = (q: PageQuery): Promise<Page<Scorecard>> =>
    this.api.get<Page<Scorecard>>('/api/responsible/scorecards', { project_id: this.session.projectId() ?? undefined, limit: q.limit, offset: q.offset });

  protected failing(sc: Scorecard): string {
    return [...new Set(sc.cells.filter((c) => c.passed === false).map((c) => `${c.measure}${c.category ? ' ' + c.category : ''}`))].slice(0, 3).join(', ');
  }

  protected open(sc: Scorecard): void {
    void this.router.navigate(['/responsible/scorecards', sc.id]);
  }

  protected async pick(id: number, on: boolean): Promise<void> {
    const next = on ? [...this.picked().filter((x) => x !== id), id].slice(-2) : this.picked().filter((x) => x !== id);
    this.picked.set(next);
    if (next.length === 2) {
      try {
        this.comparison.set(await this.api.get<Comparison>('/api/responsible/scorecards/compare', { a: next[0], b: next[1] }));
      } catch (err) {
        this.comparison.set(null);
        this.toasts.error('Cannot compare', ApiError.from(err).summary);
      }
    } else {
      this.comparison.set(null);
    }
  }

  protected async run(): Promise<void> {
    this.busy.set(true);
    this.errors.clear();
    try {
      const sc = await this.api.post<Scorecard>('/api/responsible/scorecards', {
        project_id: this.session.projectId(), suite: this.suite, model: this.model, backend: this.backend, seed: this.seed,
        ...(this.maxItems ? { max_items: this.maxItems } : {}),
      });
      this.toasts.success('Scorecard queued', `${sc.suite} on ${sc.model}`);
      await this.router.navigate(['/responsible/scorecards', sc.id]);
    } catch (err) {
      this.errors.set(err);
    } finally {
      this.busy.set(false);
    }
  }

  protected async saveSettings(): Promise<void> {
    this.settingsErrors.clear();
    let thresholds: Record<string, number>;
    try {
      thresholds = JSON.parse(this.thresholds || '{}');
    } catch {
      this.toasts.error('Thresholds', 'not valid JSON: write {"measure": value}');
      return;
    }
    try {
      await this.api.put<Settings>('/api/responsible/settings', {
        project_id: this.session.projectId(), thresholds, gate_enabled: this.gateEnabled,
        gate_suites: this.gateSuites.split(',').map((s) => s.trim()).filter(Boolean),
      });
      this.toasts.success('Saved', 'thresholds and release gate');
    } catch (err) {
      this.settingsErrors.set(err);
    }
  }
}
