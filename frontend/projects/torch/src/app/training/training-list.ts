import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiClient, CellDef, Column, DataTable, EventStream, Icon, JobProgress, Page, PageQuery, RelativeTimePipe, SessionStore } from '@llmworks/ui-kit';
import type { TrainingJobDetail as TrainingJob } from '@llmworks/api-client';

@Component({
  selector: 'lw-training-list',
  imports: [DataTable, CellDef, JobProgress, RelativeTimePipe, RouterLink, Icon],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Training</h1><p class="subtitle">Fine-tuning jobs of this project, live.</p></div>
        <a class="btn primary" routerLink="/training/new"><lw-icon name="add" [size]="18" /> New fine-tune</a>
      </div>
      <section class="card flush">
        <lw-data-table [columns]="columns" [loader]="load" [refresh]="tick()" caption="Training jobs" [rowClickable]="true" (rowClick)="open($event)"
          emptyTitle="No training jobs yet" emptyHint="Fine-tune a base model on a dataset version with LoRA in a few clicks." emptyIcon="model_training">
          <ng-template lwCell="name" let-row>
            <a [routerLink]="['/training', row.id]" (click)="$event.stopPropagation()"><strong>{{ row.name || row.title }}</strong></a>
            <div class="muted small">{{ row.method?.toUpperCase() }} · {{ row.base_model }}</div>
          </ng-template>
          <ng-template lwCell="progress" let-row><lw-job-progress [job]="row" [label]="'Progress of training job ' + row.id" /></ng-template>
          <ng-template lwCell="loss" let-row><span class="mono">{{ row.latest_metrics?.loss?.toFixed(4) ?? '—' }}</span></ng-template>
          <ng-template lwCell="created_at" let-row><span class="muted">{{ row.created_at | relative }}</span></ng-template>
        </lw-data-table>
      </section>
    </div>`,
  styles: `lw-job-progress { min-width: 200px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingListPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly tick = signal(0);
  protected readonly columns: Column<TrainingJob>[] = [
    { key: 'name', label: 'Run' },
    { key: 'progress', label: 'Progress' },
    { key: 'loss', label: 'Loss', align: 'right', hideOnMobile: true },
    { key: 'created_at', label: 'Started', hideOnMobile: true },
  ];

  constructor() {
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe(() => this.tick.update((t) => t + 1));
  }

  protected readonly load = (q: PageQuery): Promise<Page<TrainingJob>> =>
    this.api.get<Page<TrainingJob>>('/api/training/jobs', { limit: q.limit, offset: q.offset, project_id: this.session.projectId() ?? undefined });

  protected open(job: TrainingJob): void {
    void this.router.navigate(['/training', job.id]);
  }
}
