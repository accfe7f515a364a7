import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import {
  ApiClient, ApiError, FormControlDirective, FormField, Icon, Page, ServerErrors, SessionStore, ToastService, formatBytes,
} from '@llmworks/ui-kit';
import { BaseModelEntry, JsonSchema, Preset, TrainingJob, TrainingMethod } from '../api';
import { ConfigField, GROUPS, changedConfig, defaultsOf, fieldsFromSchema } from './config-fields';

interface DatasetVersionRef { id: number; name: string; version: number; kind: string; row_count: number }

/** Parses JSON Lines (one object a line) for inline training rows. */
export function parseJsonl(text: string): { rows: Record<string, unknown>[]; error: string | null } {
  const rows: Record<string, unknown>[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      const row = JSON.parse(line);
      if (!row || typeof row !== 'object' || Array.isArray(row)) return { rows, error: `line ${i + 1}: not a JSON object` };
      rows.push(row);
    } catch (e) {
      return { rows, error: `line ${i + 1}: ${(e as Error).message}` };
    }
  }
  return { rows, error: null };
}

/** The fine-tuning form: base model, data, method and every hyper-parameter with its default and help. */
@Component({
  selector: 'lw-training-form',
  imports: [FormsModule, NgTemplateOutlet, RouterLink, FormField, FormControlDirective, Icon],
  templateUrl: './training-form.html',
  styleUrl: './training-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingFormPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly groups = GROUPS;
  protected readonly errors = new ServerErrors();

  protected readonly models = signal<BaseModelEntry[]>([]);
  protected readonly methods = signal<TrainingMethod[]>([]);
  protected readonly fields = signal<ConfigField[]>([]);
  protected readonly presets = signal<Preset[]>([]);
  /** Versions of the datasets plugin, when it is installed (else the id is typed in). */
  protected readonly datasetVersions = signal<DatasetVersionRef[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly validated = signal<string | null>(null);
  protected readonly showAdvanced = signal(false);

  protected readonly name = signal('');
  protected readonly baseModel = signal('');
  protected readonly dataSource = signal<'dataset' | 'rows'>('dataset');
  protected readonly datasetVersionId = signal<string>('');
  protected readonly rowsText = signal('');
  protected readonly presetId = signal<string>('');
  protected readonly values = signal<Record<string, unknown>>({});
  protected readonly method = computed(() => String(this.values()['method'] ?? 'lora'));
  protected readonly parsedRows = computed(() => parseJsonl(this.rowsText()));

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [models, methods, presets] = await Promise.all([
        this.api.get<Page<BaseModelEntry>>('/api/models/available', { limit: 500 }),
        this.api.get<{ methods: TrainingMethod[]; config_schema: JsonSchema }>('/api/training/methods'),
        this.api.get<Page<Preset>>('/api/training/presets', { project_id: this.session.projectId() ?? undefined, limit: 200 }),
      ]);
      this.models.set(models.items);
      this.methods.set(methods.methods);
      const fields = fieldsFromSchema(methods.config_schema);
      this.fields.set(fields);
      this.values.set(defaultsOf(fields));
      this.presets.set(presets.items);
      this.api.get<Page<DatasetVersionRef>>('/api/datasets/versions', { project_id: this.session.projectId() ?? undefined, limit: 200 })
        .then((p) => { this.datasetVersions.set(p.items); if (!this.datasetVersionId() && p.items[0]) this.datasetVersionId.set(String(p.items[0].id)); },
          () => this.datasetVersions.set(null));
      const first = models.items.find((m) => m.ready) ?? models.items[0];
      if (first) this.baseModel.set(first.name);
    } catch (err) {
      this.loadError.set(ApiError.from(err).summary);
    }
  }

  protected fieldsOf(group: string): ConfigField[] {
    const method = this.method();
    return this.fields().filter((f) => f.group === group && f.key !== 'method' && (!f.methods || f.methods.includes(method)));
  }

  protected display(f: ConfigField): unknown {
    const v = this.values()[f.key];
    if (f.kind === 'list') return Array.isArray(v) ? v.join(', ') : v ?? '';
    return v ?? '';
  }

  protected set(key: string, value: unknown): void {
    this.values.update((v) => ({ ...v, [key]: value }));
    this.validated.set(null);
  }

  protected modelLabel(m: BaseModelEntry): string {
    const params = m.parameters ? ` · ${m.parameters >= 1e9 ? (m.parameters / 1e9).toFixed(1) + 'B' : m.parameters >= 1e6 ? (m.parameters / 1e6).toFixed(1) + 'M' : (m.parameters / 1e3).toFixed(0) + 'k'} params` : '';
    return `${m.name}${params}${m.size_bytes ? ' · ' + formatBytes(m.size_bytes) : ''}${m.ready ? '' : ' (not downloaded)'}`;
  }

  protected applyPreset(id: string): void {
    this.presetId.set(id);
    const preset = this.presets().find((p) => String(p.id) === id);
    if (!preset) return;
    this.values.set({ ...defaultsOf(this.fields()), ...preset.config });
    this.toasts.info('Preset applied', preset.name);
  }

  protected reset(): void {
    this.values.set(defaultsOf(this.fields()));
    this.presetId.set('');
  }

  private request(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      project_id: this.session.projectId(), base_model: this.baseModel(), config: changedConfig(this.fields(), this.values()),
    };
    if (this.name().trim()) body['name'] = this.name().trim();
    if (this.dataSource() === 'dataset') body['dataset_version_id'] = this.datasetVersionId() ? Number(this.datasetVersionId()) : null;
    else body['rows'] = this.parsedRows().rows;
    return body;
  }

  protected async validate(): Promise<void> {
    await this.run(async () => {
      const res = await this.api.post<{ valid: boolean; errors: { loc: (string | number)[]; msg: string }[] }>('/api/training/validate', this.request());
      if (res.valid) this.validated.set('The job can run as configured.');
      else this.errors.set(new ApiError(422, { title: 'Not valid', errors: res.errors }));
    });
  }

  protected async submit(): Promise<void> {
    await this.run(async () => {
      const job = await this.api.post<TrainingJob>('/api/training/jobs', this.request());
      this.toasts.success('Fine-tune queued', job.title ?? undefined);
      await this.router.navigate(['/training', job.id]);
    });
  }

  protected async savePreset(): Promise<void> {
    const name = prompt('Preset name');
    if (!name) return;
    await this.run(async () => {
      const preset = await this.api.post<Preset>('/api/training/presets', {
        project_id: this.session.projectId(), name, config: changedConfig(this.fields(), this.values()),
      });
      this.presets.update((p) => [...p, preset]);
      this.presetId.set(String(preset.id));
      this.toasts.success('Preset saved', name);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errors.clear();
    this.validated.set(null);
    try {
      await action();
    } catch (err) {
      this.errors.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
