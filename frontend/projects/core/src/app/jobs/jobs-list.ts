import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LlmworksClient, type JobOut, type JobOutPage } from '@llmworks/api-client';
import { CellDef, Column, DataTable, EventStream, JobProgress, PageQuery, RelativeTimePipe, SessionStore, apiClient } from '@llmworks/ui-kit';

const STATES = ['', 'queued', 'running', 'succeeded', 'failed', 'cancelled'];

@Component({
  selector: 'lw-jobs-list',
  imports: [DataTable, CellDef, JobProgress, RelativeTimePipe, RouterLink],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Jobs</h1><p class="subtitle">Everything the workers run: training, evaluation, exports, deployments.</p></div>
        <div class="segmented" role="group" aria-label="Filter by state">
          @for (s of states; track s) {
            <button type="button" [attr.aria-pressed]="state() === s" (click)="state.set(s)">{{ s || 'all' }}</button>
          }
        </div>
      </div>
      <section class="card flush">
        <lw-data-table [columns]="columns" [loader]="load" [refresh]="tick()" caption="Jobs" [rowClickable]="true" (rowClick)="open($event)"
          emptyTitle="No jobs" emptyHint="Start a training run or an evaluation and it appears here." emptyIcon="work_history">
          <ng-template lwCell="title" let-row>
            <a [routerLink]="['/jobs', row.id]" (click)="$event.stopPropagation()"><strong>{{ row.title || row.kind }}</strong></a>
            <div class="muted small mono">#{{ row.id }} · {{ row.kind }}</div>
          </ng-template>
          <ng-template lwCell="state" let-row><lw-job-progress [job]="row" [label]="'Progress of job ' + row.id" /></ng-template>
          <ng-template lwCell="created_at" let-row><span class="muted">{{ row.created_at | relative }}</span></ng-template>
        </lw-data-table>
      </section>
    </div>`,
  styles: `lw-job-progress { min-width: 200px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobsListPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly states = STATES;
  /** `?state=running` (dashboard links). */
  readonly stateParam = input<string | undefined>(undefined, { alias: 'state' });
  protected readonly state = signal('');
  protected readonly tick = signal(0);
  protected readonly columns: Column<JobOut>[] = [
    { key: 'title', label: 'Job' },
    { key: 'state', label: 'Progress' },
    { key: 'created_at', label: 'Created', hideOnMobile: true },
  ];

  constructor() {
    effect(() => this.state.set(STATES.includes(this.stateParam() ?? '') ? this.stateParam()! : ''));
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe(() => this.tick.update((t) => t + 1));
  }

  protected readonly load = (q: PageQuery): Promise<JobOutPage> => {
    const state = this.state();
    return this.api.jobs.listJobs({ limit: q.limit, offset: q.offset, state: state || null, project_id: this.session.projectId() });
  };

  protected open(job: JobOut): void {
    void this.router.navigate(['/jobs', job.id]);
  }
}
