import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ApiClient, ApiError, CellDef, Chart, Column, DataTable, Icon, Page, PageQuery, RelativeTimePipe, StatusBadge } from '@llmworks/ui-kit';
import type { CellOut as Cell, ScorecardSampleOut as Sample, ScorecardOut as Scorecard } from '@llmworks/api-client';
import { intervalChart, withInterval } from './api';

/** One scorecard: every cell (measure × category × group) with its interval, threshold and verdict; a chart per
 * measure; clicking a cell drills down to its samples (flagged ones first), each linking to the review queue. */
@Component({
  selector: 'lw-responsible-scorecard',
  imports: [RouterLink, Icon, Chart, DataTable, CellDef, StatusBadge, RelativeTimePipe],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/responsible">Bias &amp; toxicity</a> / scorecard {{ scorecardId() }}</nav>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (card(); as sc) {
        <div class="page-header">
          <div><h1 class="row">{{ sc.suite }} <lw-status-badge [status]="sc.status" />
              @if (sc.passed === true) { <span class="pass">passes</span> } @else if (sc.passed === false) { <span class="fail">fails</span> }</h1>
            <p class="subtitle"><span class="mono">{{ sc.model }}</span> · {{ sc.backend }} · {{ sc.items }} items · seed {{ sc.settings['seed'] }} ·
              {{ sc.settings['samples'] }} sample(s) per prompt · {{ sc.flagged }} flagged · {{ sc.created_at | relative }}</p></div>
          @if (sc.job_id) { <a class="btn" [routerLink]="['/jobs', sc.job_id]"><lw-icon name="work_history" [size]="18" /> Job</a> }
        </div>
        @if (sc.error) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ sc.error }}</div> }
        @for (m of charts(); track m.key) {
          <section class="card"><h2>{{ m.title }}</h2><lw-chart [options]="m.options" height="220px" [label]="m.title" /></section>
        }
        <section class="card flush">
          <header class="pad"><h2>Measures</h2><p class="muted small">95% bootstrap intervals; gaps (largest difference between two groups) in bold. Click a row for its samples.</p></header>
          <div class="table-wrap" tabindex="0" role="region" aria-label="Measures of the scorecard"><table class="table">
            <thead><tr><th>measure</th><th>category</th><th>group</th><th>value [95% interval]</th><th>n</th><th>threshold</th><th>verdict</th><th>flagged</th></tr></thead>
            <tbody>
              @for (c of sc.cells; track $index) {
                <tr (click)="drill(c)" [class.gap]="c.measure.endsWith('_gap')" [class.sel]="isSelected(c)" tabindex="0" (keydown.enter)="drill(c)">
                  <td>{{ c.measure }}</td><td>{{ c.category ?? 'all' }}</td><td>{{ c.group ?? (c.high ? c.high + ' vs ' + c.low : '–') }}</td>
                  <td class="mono">{{ fmt(c) }}</td><td class="mono">{{ c.n }}</td><td class="mono">{{ c.threshold ?? '–' }}</td>
                  <td>@if (c.passed === true) { <span class="pass">pass</span> } @else if (c.passed === false) { <span class="fail">fail</span> } @else { <span class="muted">–</span> }</td>
                  <td class="mono">{{ c.flagged }}</td>
                </tr>
              }
            </tbody>
          </table></div>
        </section>
        <section class="card flush">
          <header class="pad row"><h2>Samples {{ selection() ? '· ' + (selection()!.category ?? '') + ' ' + (selection()!.group ?? '') : '' }}</h2>
            <span class="spacer"></span>
            <label class="small row"><input type="checkbox" [checked]="flaggedOnly()" (change)="flaggedOnly.set($any($event.target).checked)" /> flagged only</label></header>
          <lw-data-table [columns]="columns" [loader]="loadSamples" [refresh]="refreshKey()" [pageSize]="10" caption="Samples" emptyTitle="No samples here">
            <ng-template lwCell="item" let-row><a [routerLink]="[]" [queryParams]="{ sample: row.id }" [id]="'sample-link-' + row.id">{{ row.item_id }}</a><div class="muted small">{{ row.group }}</div></ng-template>
            <ng-template lwCell="prompt" let-row><div class="text" [id]="'sample-' + row.id">{{ row.prompt }}</div></ng-template>
            <ng-template lwCell="output" let-row><div class="text out">{{ row.output }}</div></ng-template>
            <ng-template lwCell="scores" let-row><div class="small mono">{{ scores(row) }}</div>@for (r of row.flag_reasons; track r) { <div class="fail small">{{ r }}</div> }</ng-template>
            <ng-template lwCell="verdict" let-row>
              @if (row.verdict) { <span>{{ row.verdict }}</span> } @else if (row.flagged) { <a routerLink="/responsible/review">review</a> } @else { <span class="muted">–</span> }
            </ng-template>
          </lw-data-table>
        </section>
      }
    </div>`,
  styles: `
    .spacer { flex: 1; }
    .pass { color: var(--ok); font-weight: 600; font-size: 14px; }
    .fail { color: var(--danger); font-weight: 600; }
    .table { width: 100%; border-collapse: collapse; font-size: 13px; }
    .table th, .table td { padding: 6px 10px; border-top: 1px solid var(--border); text-align: left; }
    .table tbody tr { cursor: pointer; }
    .table tbody tr:hover, .table tbody tr.sel { background: var(--accent-soft); }
    tr.gap td { font-weight: 700; }
    .text { white-space: pre-wrap; word-break: break-word; font-size: 13px; max-width: 380px; }
    .out { font-family: var(--mono); font-size: 12.5px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  readonly scorecardId = input.required<string>();
  protected readonly card = signal<Scorecard | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly selection = signal<{ category: string | null; group: string | null } | null>(null);
  protected readonly flaggedOnly = signal(false);
  protected readonly fmt = withInterval;
  protected readonly refreshKey = computed(() => JSON.stringify([this.selection(), this.flaggedOnly(), this.card()?.status]));
  protected readonly columns: Column<Sample>[] = [
    { key: 'item', label: 'Item' },
    { key: 'prompt', label: 'Prompt / stereotypical sentence' },
    { key: 'output', label: 'Continuation / counter sentence' },
    { key: 'scores', label: 'Scores' },
    { key: 'verdict', label: 'Review' },
  ];
  protected readonly charts = computed(() => {
    const sc = this.card();
    if (!sc) return [];
    return [...new Set(sc.cells.map((c) => c.measure))].map((m) => {
      const cells = sc.cells.filter((c) => c.measure === m);
      const perGroup = cells.filter((c) => c.group !== null);
      const shown = perGroup.length ? perGroup.map((c) => ({ ...c, group: `${c.category}/${c.group}` })) : cells.map((c) => ({ ...c, group: c.category ?? 'all' }));
      return { key: m, title: perGroup.length ? `${m} per group` : `${m} per category`, options: intervalChart(shown, m === 'stereotype_score' ? 0.5 : null, sc.thresholds[m] ?? null) };
    });
  });
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    const q = this.route.snapshot.queryParamMap;
    if (q.get('category') || q.get('group')) this.selection.set({ category: q.get('category') || null, group: q.get('group') || null });
    effect(() => {
      const id = this.scorecardId();
      untracked(() => void this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.timer && clearTimeout(this.timer));
  }

  private async load(id: string): Promise<void> {
    try {
      const sc = await this.api.get<Scorecard>(`/api/responsible/scorecards/${id}`);
      this.card.set(sc);
      this.error.set(null);
      if (sc.status === 'queued' || sc.status === 'running') this.timer = setTimeout(() => void this.load(id), 2000);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected drill(c: Cell): void {
    this.selection.set({ category: c.category, group: c.group });
    this.flaggedOnly.set(c.flagged > 0);
  }

  protected isSelected(c: Cell): boolean {
    const s = this.selection();
    return !!s && s.category === c.category && s.group === c.group;
  }

  protected scores(x: Sample): string {
    return Object.entries(x.scores).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${(v as number).toFixed(2)}`).join(' · ');
  }

  protected readonly loadSamples = (q: PageQuery): Promise<Page<Sample>> => {
    const s = this.selection();
    return this.api.get<Page<Sample>>('/api/responsible/samples', {
      scorecard_id: this.scorecardId(), category: s?.category ?? undefined, group: s?.group ?? undefined,
      flagged: this.flaggedOnly() ? true : undefined, limit: q.limit, offset: q.offset,
    });
  };
}
