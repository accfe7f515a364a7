import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import {
  ApiClient, ApiError, FormControlDirective, FormField, Icon, Page, ServerErrors, SessionStore, ToastService, formatBytes, formatDuration,
} from '@llmworks/ui-kit';
import type { BaseModelOut as BaseModelEntry, PresetOut as Preset, TrainingJobDetail as TrainingJob, TrainingMethodOut as TrainingMethod, TrainingMethodsOut as TrainingMethods } from '@llmworks/api-client';
import { JsonSchema } from '../json-schema';
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
  /** The torch trainers' shared schema: the form of a method that declares no schema of its own. */
  private readonly sharedSchema = signal<JsonSchema | null>(null);
  /** The chosen trainer (any registered method, not only full/LoRA/QLoRA). */
  protected readonly method = signal('lora');
  /** The fields of the chosen method's `config_schema` (its own, else the shared one). */
  protected readonly fields = computed<ConfigField[]>(() => {
    const own = this.methods().find((m) => m.name === this.method())?.config_schema as unknown as JsonSchema | undefined;
    const schema = own?.properties && Object.keys(own.properties).length ? own : this.sharedSchema();
    return schema ? fieldsFromSchema(schema) : [];
  });
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
  protected readonly parsedRows = computed(() => parseJsonl(this.rowsText()));
  /** Scheduling and resources (the resources plugin shows the queue and prices them). */
  protected readonly priority = signal(0);
  protected readonly notBefore = signal('');
  protected readonly windowStart = signal('');
  protected readonly windowEnd = signal('');
  protected readonly weekdaysOnly = signal(false);
  protected readonly timeZone = signal(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  protected readonly gpus = signal(0);
  protected readonly gpuType = signal('');
  /** Price table provider to cost the job at ('' : the table's own). */
  protected readonly provider = signal('');
  protected readonly estimated = signal<string | null>(null);

  constructor() {
    // What belongs to a project (base models uploaded into it, presets, dataset versions) is
    // loaded for the project the header shows, again whenever it changes.
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.load(project));
    });
  }

  private loadedFields = false;
  private loadSeq = 0;

  private async load(project: number | null): Promise<void> {
    const seq = ++this.loadSeq;
    try {
      const [models, methods, presets] = await Promise.all([
        this.api.get<Page<BaseModelEntry>>('/api/models/available', { project_id: project ?? undefined, limit: 500 }),
        this.api.get<TrainingMethods>('/api/training/methods'),
        this.api.get<Page<Preset>>('/api/training/presets', { project_id: project ?? undefined, limit: 200 }),
      ]);
      if (seq !== this.loadSeq) return; // the project changed meanwhile
      this.models.set(models.items);
      this.methods.set(methods.methods);
      if (!this.loadedFields) {
        this.sharedSchema.set(methods.config_schema as unknown as JsonSchema);
        const shared = fieldsFromSchema(methods.config_schema as unknown as JsonSchema);
        this.method.set(String(shared.find((f) => f.key === 'method')?.default ?? methods.methods[0]?.name ?? 'lora'));
        this.values.set(defaultsOf(this.fields()));
        this.loadedFields = true;
      }
      this.presets.set(presets.items);
      this.presetId.set('');
      this.datasetVersionId.set('');
      this.api.get<Page<DatasetVersionRef>>('/api/datasets/versions', { project_id: project ?? undefined, limit: 200 })
        .then((p) => {
          if (seq !== this.loadSeq) return;
          this.datasetVersions.set(p.items);
          if (p.items[0]) this.datasetVersionId.set(String(p.items[0].id));
        }, () => this.datasetVersions.set(null));
      if (!models.items.some((m) => m.name === this.baseModel())) {
        const first = models.items.find((m) => m.ready) ?? models.items[0];
        this.baseModel.set(first ? first.name : '');
      }
      this.loadError.set(null);
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

  /** Switch trainer: the new method's fields with their defaults, keeping the values of fields both share. */
  protected chooseMethod(name: string): void {
    this.method.set(name);
    const keep = this.values();
    const fresh = defaultsOf(this.fields());
    for (const key of Object.keys(fresh)) if (key in keep && key !== 'method') fresh[key] = keep[key];
    this.values.set(fresh);
    this.validated.set(null);
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
    if (typeof preset.config['method'] === 'string') this.method.set(preset.config['method']);
    this.values.set({ ...defaultsOf(this.fields()), ...preset.config });
    this.toasts.info('Preset applied', preset.name);
  }

  protected reset(): void {
    this.values.set(defaultsOf(this.fields()));
    this.presetId.set('');
  }

  /** The fields changed from their defaults (``method`` is sent beside the config). */
  private methodConfig(): Record<string, unknown> {
    const config = changedConfig(this.fields(), this.values());
    delete config['method'];
    return config;
  }

  private request(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      project_id: this.session.projectId(), base_model: this.baseModel(), method: this.method(),
      config: this.methodConfig(),
    };
    if (this.name().trim()) body['name'] = this.name().trim();
    if (this.dataSource() === 'dataset') body['dataset_version_id'] = this.datasetVersionId() ? Number(this.datasetVersionId()) : null;
    else body['rows'] = this.parsedRows().rows;
    if (Number(this.priority())) body['priority'] = Number(this.priority());
    if (this.notBefore()) body['not_before'] = new Date(this.notBefore()).toISOString();
    if (this.windowStart() && this.windowEnd()) {
      body['windows'] = [{ start: this.windowStart(), end: this.windowEnd(), tz: this.timeZone() || 'UTC',
        ...(this.weekdaysOnly() ? { days: [0, 1, 2, 3, 4] } : {}) }];
    }
    const resources: Record<string, unknown> = {};
    if (Number(this.gpus())) Object.assign(resources, { gpus: Number(this.gpus()), ...(this.gpuType() ? { gpu_type: this.gpuType() } : {}) });
    if (this.provider().trim()) resources['provider'] = this.provider().trim();
    if (Object.keys(resources).length) body['resources'] = resources;
    return body;
  }

  /** Duration and cost before starting (ETA × devices × price), from the resources plugin when it is installed. */
  protected async estimate(): Promise<void> {
    await this.run(async () => {
      const r = this.request();
      const e = await this.api.post<{ duration_seconds: number | null; basis: string; devices: string[];
        cost: { cost: number | null; currency: string | null; reason: string | null } }>('/api/plugins/resources/estimate', {
        project_id: r['project_id'], base_model: r['base_model'], method: this.method(), dataset_version_id: r['dataset_version_id'] ?? null,
        rows: r['rows'] ?? null, config: r['config'], resources: r['resources'] ?? {},
      });
      const time = e.duration_seconds === null ? 'unknown duration' : `about ${formatDuration(e.duration_seconds)}`;
      const cost = e.cost.cost === null ? (e.cost.reason ?? 'no price') : `${e.cost.cost.toFixed(2)} ${e.cost.currency} on ${e.devices.join(', ')}`;
      this.estimated.set(`${time}, ${cost} (${e.basis})`);
    });
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
        project_id: this.session.projectId(), name, config: { ...this.methodConfig(), method: this.method() },
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
