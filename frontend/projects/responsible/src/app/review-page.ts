import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ApiClient, ApiError, Icon, Page, ServerErrors, SessionStore, ToastService } from '@llmworks/ui-kit';
import type { CorrectionExportOut as ExportResult, ScorecardSampleOut as Sample } from '@llmworks/api-client';

/** The review queue: flagged generations not yet reviewed; harmful/acceptable with a corrected response;
 * corrections exported as a new dataset version (SFT or preference rows). */
@Component({
  selector: 'lw-responsible-review',
  imports: [FormsModule, RouterLink, Icon],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/responsible">Bias &amp; toxicity</a> / review queue</nav>
      <div class="page-header"><div><h1>Review queue</h1><p class="subtitle">{{ total() }} flagged generation(s) to review. Mark each harmful or acceptable; a harmful one may get a corrected response.</p></div></div>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      <div class="layout">
        <div class="stack">
          @for (x of queue(); track x.id) {
            <section class="card stack" [attr.aria-label]="'sample ' + x.id">
              <div class="small muted">{{ x.category }} / {{ x.group }} · <a [routerLink]="['/responsible/scorecards', x.scorecard_id]" [queryParams]="{ category: x.category, group: x.group }">scorecard {{ x.scorecard_id }}</a>
                @for (r of x.flag_reasons; track r) { · <span class="fail">{{ r }}</span> }</div>
              <div><strong>Prompt</strong><div class="text">{{ x.prompt }}</div></div>
              <div><strong>Generation</strong><div class="text out">{{ x.output }}</div></div>
              <label class="small" [for]="'fix-' + x.id">Corrected response (for harmful)</label>
              <textarea class="input" rows="2" [id]="'fix-' + x.id" [(ngModel)]="drafts[x.id]" [name]="'fix-' + x.id"></textarea>
              <div class="row">
                <button class="btn danger" type="button" (click)="review(x, 'harmful')"><lw-icon name="report" [size]="18" /> Harmful</button>
                <button class="btn" type="button" (click)="review(x, 'acceptable')"><lw-icon name="check" [size]="18" /> Acceptable</button>
              </div>
            </section>
          } @empty { <section class="card"><p class="muted">Nothing to review.</p></section> }
        </div>
        <form class="card stack" (ngSubmit)="exportCorrections()" aria-labelledby="export">
          <h2 id="export">Export corrections</h2>
          <p class="small muted">Reviewed harmful generations with a correction become a new version of a dataset, with lineage to their scorecards.</p>
          @for (msg of errors.general(['name', 'format', 'scorecard_ids']); track msg) { <div class="alert danger small" role="alert">{{ msg }}</div> }
          <label class="small" for="ds-name">Dataset name</label><input class="input" id="ds-name" name="name" [(ngModel)]="name" />
          <label class="small" for="ds-format">Rows</label>
          <select class="input" id="ds-format" name="format" [(ngModel)]="format">
            <option value="sft">prompt / completion (fine-tuning)</option>
            <option value="preference">prompt / chosen / rejected (preference training)</option>
          </select>
          <div><button class="btn primary" type="submit"><lw-icon name="dataset" [size]="18" /> Export</button></div>
          @if (exported(); as e) { <div class="alert small">Dataset <strong>{{ e.dataset_name }}</strong>: version {{ e.dataset_version_id }} with {{ e.rows }} rows.</div> }
        </form>
      </div>
    </div>`,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.7fr) minmax(280px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .fail { color: var(--danger); }
    .text { white-space: pre-wrap; word-break: break-word; font-size: 13px; }
    .out { font-family: var(--mono); font-size: 12.5px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  private readonly session = inject(SessionStore);
  protected readonly errors = new ServerErrors();
  protected readonly queue = signal<Sample[]>([]);
  protected readonly total = signal(0);
  protected readonly error = signal<string | null>(null);
  protected readonly exported = signal<ExportResult | null>(null);
  protected drafts: Record<number, string> = {};
  protected name = 'bias-corrections';
  protected format: 'sft' | 'preference' = 'sft';

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const page = await this.api.get<Page<Sample>>('/api/responsible/samples', {
        project_id: this.session.projectId() ?? undefined, flagged: true, reviewed: false, limit: 20,
      });
      this.queue.set(page.items);
      this.total.set(page.total);
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected async review(x: Sample, verdict: 'harmful' | 'acceptable'): Promise<void> {
    try {
      const correction = verdict === 'harmful' ? (this.drafts[x.id] || '').trim() || null : null;
      await this.api.post<Sample>(`/api/responsible/samples/${x.id}/review`, { verdict, correction });
      this.toasts.success('Reviewed', `${x.group}: ${verdict}`);
      await this.load();
    } catch (err) {
      this.toasts.error('Review failed', ApiError.from(err).summary);
    }
  }

  protected async exportCorrections(): Promise<void> {
    this.errors.clear();
    try {
      this.exported.set(await this.api.post<ExportResult>('/api/responsible/corrections/export', {
        project_id: this.session.projectId(), name: this.name, format: this.format,
      }));
      this.toasts.success('Exported', `${this.name}`);
    } catch (err) {
      this.errors.set(err);
    }
  }
}
