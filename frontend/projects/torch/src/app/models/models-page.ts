import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ApiClient, BytesPipe, CellDef, Column, DataTable, Icon, Page, PageQuery, RelativeTimePipe, SessionStore, StatusBadge } from '@llmworks/ui-kit';
import { BaseModelEntry, ModelVersion } from '../api';

export function formatParams(n: number | null | undefined): string {
  if (!n) return '—';
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(0)}k`;
  return String(n);
}

/** Base models (what can be fine-tuned) and custom model versions (what fine-tuning made). */
@Component({
  selector: 'lw-models',
  imports: [RouterLink, DataTable, CellDef, Icon, StatusBadge, RelativeTimePipe, BytesPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Models</h1><p class="subtitle">Base models you can fine-tune and the custom versions trained from them.</p></div>
        <a class="btn primary" routerLink="/training/new"><lw-icon name="model_training" [size]="18" /> Fine-tune</a>
      </div>
      <div class="tabs" role="tablist">
        <a role="tab" routerLink="/models" [class.active]="tab() === 'base'" [attr.aria-selected]="tab() === 'base'">Base models</a>
        <a role="tab" routerLink="/models/custom" [class.active]="tab() === 'custom'" [attr.aria-selected]="tab() === 'custom'">Custom models</a>
      </div>
      <section class="card flush">
        @if (tab() === 'base') {
          <lw-data-table [columns]="baseColumns" [loader]="loadBase" caption="Base models" emptyTitle="No base models"
            emptyHint="Put a model folder in the models folder, register one, or upload an archive." emptyIcon="neurology">
            <ng-template lwCell="name" let-row><strong>{{ row.name }}</strong><div class="muted small mono">{{ row.ref }}</div></ng-template>
            <ng-template lwCell="architecture" let-row>{{ row.architecture || row.model_type || '—' }}</ng-template>
            <ng-template lwCell="parameters" let-row>{{ params(row.parameters) }}</ng-template>
            <ng-template lwCell="size_bytes" let-row>{{ row.size_bytes | bytes }}</ng-template>
            <ng-template lwCell="ready" let-row><lw-status-badge [status]="row.ready ? 'ready' : 'pending'" /></ng-template>
          </lw-data-table>
        } @else {
          <lw-data-table [columns]="customColumns" [loader]="loadCustom" caption="Custom models" [rowClickable]="true" (rowClick)="open($event)"
            emptyTitle="No custom models yet" emptyHint="Every finished fine-tune adds a model version here, with its lineage." emptyIcon="neurology">
            <ng-template lwCell="name" let-row><a [routerLink]="['/models/custom', row.id]" (click)="$event.stopPropagation()"><strong>{{ row.name }}</strong></a><div class="muted small mono">{{ row.ref }}</div></ng-template>
            <ng-template lwCell="method" let-row><span class="chip accent">{{ row.method }}</span></ng-template>
            <ng-template lwCell="base_model" let-row><span class="mono small">{{ row.base_model }}</span></ng-template>
            <ng-template lwCell="created_at" let-row><span class="muted">{{ row.created_at | relative }}</span></ng-template>
          </lw-data-table>
        }
      </section>
    </div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModelsPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly data = toSignal(inject(ActivatedRoute).data, { initialValue: {} as Record<string, unknown> });
  protected readonly tab = computed(() => (this.data()['tab'] === 'custom' ? 'custom' : 'base'));
  protected readonly params = formatParams;
  protected readonly baseColumns: Column<BaseModelEntry>[] = [
    { key: 'name', label: 'Model', sortable: true },
    { key: 'architecture', label: 'Architecture', hideOnMobile: true },
    { key: 'parameters', label: 'Parameters', sortable: true, align: 'right' },
    { key: 'context_length', label: 'Context', align: 'right', hideOnMobile: true },
    { key: 'size_bytes', label: 'Size', sortable: true, align: 'right', hideOnMobile: true },
    { key: 'source', label: 'Source', hideOnMobile: true },
    { key: 'ready', label: 'State' },
  ];
  protected readonly customColumns: Column<ModelVersion>[] = [
    { key: 'name', label: 'Model version' },
    { key: 'method', label: 'Method' },
    { key: 'base_model', label: 'Base', hideOnMobile: true },
    { key: 'created_at', label: 'Created', hideOnMobile: true },
  ];

  protected readonly loadBase = (q: PageQuery): Promise<Page<BaseModelEntry>> =>
    this.api.get<Page<BaseModelEntry>>('/api/models/available', { limit: q.limit, offset: q.offset });

  protected readonly loadCustom = (q: PageQuery): Promise<Page<ModelVersion>> =>
    this.api.get<Page<ModelVersion>>('/api/models/custom', { limit: q.limit, offset: q.offset, project_id: this.session.projectId() ?? undefined });

  protected open(v: ModelVersion): void {
    void this.router.navigate(['/models/custom', v.id]);
  }
}
