import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ApiClient, ApiError, BytesPipe, FormControlDirective, FormField, Icon, JobProgress, ServerErrors, SessionStore, ToastService } from '@llmworks/ui-kit';
import type { DatasetVersionUploaded } from '@llmworks/api-client';

/** A row problem of a refused upload (problem+json `errors` items with a line). */
export interface RowProblem { loc: (string | number)[]; msg: string; line?: number; field?: string | null; reason?: string; file?: string | null }

/** A dataset name from a file name: `Support Chats (march).jsonl` → `support-chats-march`. */
export function nameFromFile(filename: string): string {
  return filename.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 128) || 'dataset';
}

/** Upload a file as the next version of a dataset: progress bar, then row-level problems if any. */
@Component({
  selector: 'lw-upload-panel',
  imports: [FormsModule, FormField, FormControlDirective, Icon, JobProgress, BytesPipe],
  template: `
    <form class="card stack" (ngSubmit)="upload()" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload a dataset</h2>
      <label class="drop" [class.over]="over()" (dragover)="$event.preventDefault(); over.set(true)" (dragleave)="over.set(false)" (drop)="onDrop($event)">
        <input type="file" class="sr-only" accept=".txt,.jsonl,.json,.csv,.tsv,.parquet,.zip" (change)="pick($any($event.target).files?.[0])" />
        <lw-icon name="upload_file" [size]="28" />
        @if (file(); as f) { <strong>{{ f.name }}</strong><span class="muted small">{{ f.size | bytes }}</span> }
        @else { <strong>Choose a file or drop it here</strong><span class="muted small">.txt, .jsonl, .csv, .tsv, .parquet or .zip</span> }
      </label>
      @if (errors.for('file') && !problems().length) { <div class="alert danger small" role="alert">{{ errors.for('file') }}</div> }
      <div class="grid cols-2">
        <lw-form-field label="Dataset name" hint="Uploading to an existing name adds a version." [error]="errors.for('name')" [required]="true">
          <input lwControl class="input" name="name" [ngModel]="name()" (ngModelChange)="name.set($event)" />
        </lw-form-field>
        <lw-form-field label="Validation share" hint="Held-out fraction of rows, split deterministically." [error]="errors.for('validation_fraction')">
          <input lwControl class="input" type="number" min="0" max="0.9" step="0.05" name="vf" [ngModel]="validation()" (ngModelChange)="validation.set($event)" />
        </lw-form-field>
      </div>
      <lw-form-field label="Description" [error]="errors.for('description')">
        <input lwControl class="input" name="description" [ngModel]="description()" (ngModelChange)="description.set($event)" />
      </lw-form-field>
      @if (progress() !== null) { <lw-job-progress [progress]="progress()" [status]="progress()! < 1 ? 'running' : busy() ? 'running' : 'succeeded'" [message]="progress()! < 1 ? 'uploading' : busy() ? 'validating rows' : 'done'" label="Upload progress" /> }
      @for (msg of general(); track msg) { <div class="alert danger small" role="alert">{{ msg }}</div> }
      @if (problems().length) {
        <div class="problems" role="alert">
          <strong>{{ problems().length }} row problem{{ problems().length === 1 ? '' : 's' }} — nothing was stored. Fix the file and upload again.</strong>
          <table class="table">
            <thead><tr><th scope="col">Line</th><th scope="col">Field</th><th scope="col">Problem</th></tr></thead>
            <tbody>@for (p of problems(); track $index) { <tr><td class="mono">{{ p.line ?? '—' }}</td><td class="mono">{{ p.field ?? '—' }}</td><td>{{ p.reason ?? p.msg }}</td></tr> }</tbody>
          </table>
        </div>
      }
      <div class="target small muted" data-testid="upload-project">Uploads to project <strong>{{ session.project()?.name ?? '—' }}</strong></div>
      <div><button type="submit" class="btn primary" [disabled]="busy() || !file() || !name() || session.projectId() === null"><lw-icon name="cloud_upload" [size]="18" /> Upload</button></div>
    </form>`,
  styles: `
    .drop { display: flex; flex-direction: column; align-items: center; gap: 4px; padding: 22px; border: 2px dashed var(--border-strong); border-radius: var(--radius-lg);
      cursor: pointer; text-align: center; color: var(--text-2); transition: border-color 0.15s, background 0.15s; }
    .drop:hover, .drop.over, .drop:focus-within { border-color: var(--accent); background: var(--accent-soft); color: var(--accent-fg); }
    .drop strong { color: var(--text); overflow-wrap: anywhere; }
    .problems { display: flex; flex-direction: column; gap: 8px; padding: 12px; border-radius: var(--radius); background: var(--danger-soft); max-height: 320px; overflow: auto; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UploadPanel {
  private readonly api = inject(ApiClient);
  protected readonly session = inject(SessionStore);
  private readonly toasts = inject(ToastService);
  readonly uploaded = output<DatasetVersionUploaded>();
  protected readonly errors = new ServerErrors();
  protected readonly file = signal<File | null>(null);
  protected readonly name = signal('');
  protected readonly description = signal('');
  protected readonly validation = signal(0.1);
  protected readonly progress = signal<number | null>(null);
  protected readonly busy = signal(false);
  protected readonly over = signal(false);
  protected readonly problems = computed(() => (this.errors.error()?.errors ?? []).filter((e) => (e as RowProblem).line !== undefined) as RowProblem[]);
  protected readonly general = computed(() => (this.problems().length ? [] : this.errors.general(['file', 'name', 'validation_fraction', 'description'])));

  protected pick(file: File | undefined): void {
    if (!file) return;
    this.file.set(file);
    if (!this.name()) this.name.set(nameFromFile(file.name));
    this.errors.clear();
    this.progress.set(null);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    this.pick(event.dataTransfer?.files?.[0]);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file) return;
    // the project the page shows now (the SessionStore is the one source of truth of every page)
    const project = this.session.projectId();
    if (project === null) return;
    const form = new FormData();
    form.append('name', this.name());
    form.append('project_id', String(project));
    form.append('description', this.description());
    form.append('validation_fraction', String(this.validation()));
    form.append('file', file, file.name);
    this.busy.set(true);
    this.errors.clear();
    this.progress.set(0);
    try {
      // Through ApiClient.upload, not the generated client: fetch reports no upload progress.
      const version = await this.api.upload<DatasetVersionUploaded>('/api/datasets/upload', form, (f) => this.progress.set(Math.min(f, 0.999)), { project_id: project });
      this.progress.set(1);
      this.toasts.success(version.duplicate ? 'Already uploaded' : `Version ${version.version} created`, `${version.name}: ${version.row_count} rows`);
      this.file.set(null);
      this.uploaded.emit(version);
    } catch (err) {
      this.progress.set(null);
      this.errors.set(err);
      if (err instanceof ApiError && err.status === 413) this.toasts.error('File too large', err.detail);
    } finally {
      this.busy.set(false);
    }
  }
}
