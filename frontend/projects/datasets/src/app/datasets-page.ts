import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LlmworksClient, type DatasetOut, type DatasetOutPage, type DatasetVersionUploaded } from '@llmworks/api-client';
import { BytesPipe, CellDef, Column, DataTable, EventStream, Icon, PageQuery, RelativeTimePipe, SessionStore, apiClient } from '@llmworks/ui-kit';
import { UploadPanel } from './upload-panel';

@Component({
  selector: 'lw-datasets',
  imports: [DataTable, CellDef, RouterLink, Icon, RelativeTimePipe, BytesPipe, UploadPanel],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Datasets</h1><p class="subtitle">Versioned, validated training data: every upload is an immutable version with its split and statistics.</p></div>
        <label class="search"><lw-icon name="search" [size]="18" /><span class="sr-only">Search datasets</span>
          <input class="input" type="search" placeholder="Search by name" [value]="query()" (input)="query.set($any($event.target).value)" /></label>
      </div>
      <div class="layout">
        <section class="card flush">
          <lw-data-table [columns]="columns" [loader]="load" [refresh]="tick() + query()" caption="Datasets" [rowClickable]="true" (rowClick)="open($event)"
            emptyTitle="No datasets yet" emptyHint="Upload a .jsonl, .csv, .txt or .parquet file to create the first one." emptyIcon="dataset">
            <ng-template lwCell="name" let-row>
              <a [routerLink]="['/datasets', row.id]" (click)="$event.stopPropagation()"><strong>{{ row.name }}</strong></a>
              @if (row.description) { <div class="muted small">{{ row.description }}</div> }
            </ng-template>
            <ng-template lwCell="kind" let-row>@if (row.latest) { <span class="chip accent">{{ row.latest.kind }}</span> }</ng-template>
            <ng-template lwCell="rows" let-row>{{ row.latest?.row_count?.toLocaleString() ?? '—' }}</ng-template>
            <ng-template lwCell="size" let-row>{{ row.latest?.size | bytes }}</ng-template>
            <ng-template lwCell="latest_version" let-row><span class="chip">v{{ row.latest_version }}</span></ng-template>
            <ng-template lwCell="updated_at" let-row><span class="muted">{{ row.updated_at | relative }}</span></ng-template>
          </lw-data-table>
        </section>
        <lw-upload-panel (uploaded)="uploaded($event)" />
      </div>
    </div>`,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.7fr) minmax(300px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .search { display: flex; align-items: center; gap: 6px; color: var(--text-2); }
    .search .input { width: 220px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetsPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly tick = signal(0);
  protected readonly query = signal('');
  protected readonly columns: Column<DatasetOut>[] = [
    { key: 'name', label: 'Dataset' },
    { key: 'kind', label: 'Kind', hideOnMobile: true },
    { key: 'rows', label: 'Rows', align: 'right' },
    { key: 'size', label: 'Size', align: 'right', hideOnMobile: true },
    { key: 'latest_version', label: 'Version' },
    { key: 'updated_at', label: 'Updated', hideOnMobile: true },
  ];

  constructor() {
    inject(EventStream).on('dataset.*').pipe(takeUntilDestroyed()).subscribe(() => this.tick.update((t) => t + 1));
  }

  protected readonly load = (q: PageQuery): Promise<DatasetOutPage> =>
    this.api.datasets.listDatasets({ limit: q.limit, offset: q.offset, project_id: this.session.projectId(), q: this.query() || null });

  protected open(d: DatasetOut): void {
    void this.router.navigate(['/datasets', d.id]);
  }

  protected uploaded(v: DatasetVersionUploaded): void {
    this.tick.update((t) => t + 1);
    void this.router.navigate(['/datasets', v.dataset_id], { queryParams: { version: v.id } });
  }
}
