import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ApiClient, ApiError, BytesPipe, CellDef, Column, DataTable, Icon, Page, PageQuery, RelativeTimePipe, SessionStore, StatusBadge, ToastService,
} from '@llmworks/ui-kit';
import type { BaseModelOut as BaseModelEntry, ModelVersionDetail as ModelVersion } from '@llmworks/api-client';

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
          <lw-data-table [columns]="baseColumns" [loader]="loadBase" [refresh]="refresh()" caption="Base models" emptyTitle="No base models"
            emptyHint="Put a model folder in the models folder, register one, or upload an archive." emptyIcon="neurology">
            <ng-template lwCell="name" let-row><strong>{{ row.name }}</strong><div class="muted small mono">{{ row.ref }}</div></ng-template>
            <ng-template lwCell="architecture" let-row>{{ row.architecture || row.model_type || '—' }}</ng-template>
            <ng-template lwCell="parameters" let-row>{{ params(row.parameters) }}</ng-template>
            <ng-template lwCell="size_bytes" let-row>{{ row.size_bytes | bytes }}</ng-template>
            <ng-template lwCell="ready" let-row><lw-status-badge [status]="row.ready ? 'ready' : (row.status ?? 'pending')" [attr.title]="row.detail ?? null" /></ng-template>
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
      @if (tab() === 'base') {
        <div class="grid cols-2 add">
          <form class="card stack" (submit)="$event.preventDefault(); uploadArchive()" aria-labelledby="upload-model-title">
            <h2 id="upload-model-title">Upload a base model</h2>
            <p class="muted small">A .tar.gz or .zip of a model folder (config.json, weights, tokenizer). Only {{ session.project()?.name ?? 'this project' }} sees it (maintainers).</p>
            <label class="field">Archive <input class="input" type="file" accept=".gz,.tgz,.zip,application/gzip,application/zip" (change)="pickArchive($any($event.target).files?.[0])" data-testid="model-archive" /></label>
            <label class="field">Name <input class="input mono" name="uploadName" [value]="uploadName()" (input)="uploadName.set($any($event.target).value)" placeholder="my-model" data-testid="model-upload-name" /></label>
            @if (uploadProgress() !== null) { <progress [value]="uploadProgress()" max="1" aria-label="Upload progress"></progress> }
            @if (uploadError()) { <div class="alert danger small" role="alert">{{ uploadError() }}</div> }
            <div><button class="btn primary" type="submit" [disabled]="!archive() || !uploadName() || uploadProgress() !== null"><lw-icon name="upload" [size]="18" /> Upload</button></div>
          </form>
          <form class="card stack" (submit)="$event.preventDefault(); registerFolder()" aria-labelledby="register-model-title">
            <h2 id="register-model-title">Register a folder or a cached hub model</h2>
            <p class="muted small">A model folder on the server, or a Hugging Face id already in the server's cache (administrators).</p>
            <div class="segmented" role="group" aria-label="Source">
              <button type="button" [attr.aria-pressed]="source() === 'path'" (click)="source.set('path')">server folder</button>
              <button type="button" [attr.aria-pressed]="source() === 'hub_id'" (click)="source.set('hub_id')">hub id</button>
            </div>
            <label class="field">{{ source() === 'path' ? 'Absolute folder path' : 'Hub id' }}
              <input class="input mono" [value]="location()" (input)="location.set($any($event.target).value)" [placeholder]="source() === 'path' ? '/srv/models/my-model' : 'gpt2'" data-testid="model-location" /></label>
            <label class="field">Name (optional) <input class="input mono" [value]="registerName()" (input)="registerName.set($any($event.target).value)" /></label>
            <label class="check small"><input type="checkbox" [checked]="onlyProject()" (change)="onlyProject.set(!onlyProject())" /> only {{ session.project()?.name ?? 'this project' }} sees it</label>
            @if (registerError()) { <div class="alert danger small" role="alert">{{ registerError() }}</div> }
            <div><button class="btn" type="submit" [disabled]="!location()"><lw-icon name="add" [size]="18" /> Register</button></div>
          </form>
        </div>
      }
    </div>`,
  styles: `
    .add { margin-top: 16px; }
    .stack { display: flex; flex-direction: column; gap: 10px; }
    .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; color: var(--text-2); }
    .check { display: inline-flex; gap: 6px; align-items: center; }
    progress { width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModelsPage {
  private readonly api = inject(ApiClient);
  protected readonly session = inject(SessionStore);
  private readonly toasts = inject(ToastService);
  protected readonly refresh = signal(0);
  protected readonly archive = signal<File | null>(null);
  protected readonly uploadName = signal('');
  protected readonly uploadProgress = signal<number | null>(null);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly source = signal<'path' | 'hub_id'>('path');
  protected readonly location = signal('');
  protected readonly registerName = signal('');
  protected readonly onlyProject = signal(false);
  protected readonly registerError = signal<string | null>(null);

  protected pickArchive(file: File | undefined): void {
    this.archive.set(file ?? null);
    if (file && !this.uploadName()) this.uploadName.set(file.name.replace(/\.(tar\.gz|tgz|zip)$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-'));
  }

  protected async uploadArchive(): Promise<void> {
    const file = this.archive();
    const project = this.session.projectId();
    if (!file || project === null) return;
    this.uploadError.set(null);
    this.uploadProgress.set(0);
    try {
      // the archive is the raw request body (streamed to the server), not a multipart form
      const m = await this.api.upload<BaseModelEntry>('/api/models/available/upload', file as unknown as FormData,
        (f) => this.uploadProgress.set(f), { name: this.uploadName(), project_id: project });
      this.toasts.success('Model uploaded', m.ref);
      this.archive.set(null);
      this.uploadName.set('');
      this.refresh.update((n) => n + 1);
    } catch (err) {
      this.uploadError.set(ApiError.from(err).summary);
    } finally {
      this.uploadProgress.set(null);
    }
  }

  protected async registerFolder(): Promise<void> {
    this.registerError.set(null);
    try {
      const m = await this.api.post<BaseModelEntry>('/api/models/available', {
        [this.source()]: this.location(), name: this.registerName() || null,
        project_id: this.onlyProject() ? this.session.projectId() : null,
      });
      this.toasts.success('Model registered', m.ref);
      this.location.set('');
      this.registerName.set('');
      this.refresh.update((n) => n + 1);
    } catch (err) {
      this.registerError.set(ApiError.from(err).summary);
    }
  }
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
