import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  LlmworksClient, type CurationPreviewOut, type CurationPreviewRow, type CurationRunOut, type CurationStepOut,
  type DatasetOut, type DatasetVersionOut, type JobOut, type RecipeOut,
} from '@llmworks/api-client';
import { ApiError, EventStream, Icon, JobProgress, RelativeTimePipe, SchemaForm, SessionStore, StatusBadge, ToastService, apiClient } from '@llmworks/ui-kit';
import { type DiffPart, rowText, wordDiff } from './diff';

interface StepDraft { step: string; params: Record<string, unknown> }
type RowFilter = 'all' | 'removed' | 'changed' | 'kept';

/** The recipe builder: pick a dataset version, compose steps, preview them row by row on a
 *  sample, save the recipe as a new version, run it as a job, and follow the runs. */
@Component({
  selector: 'lw-curation',
  imports: [RouterLink, Icon, SchemaForm, JobProgress, RelativeTimePipe, StatusBadge],
  templateUrl: './curation-page.html',
  styleUrl: './curation-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CurationPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly session = inject(SessionStore);
  private readonly toasts = inject(ToastService);

  protected readonly steps = signal<CurationStepOut[]>([]);
  protected readonly datasets = signal<DatasetOut[]>([]);
  protected readonly versions = signal<DatasetVersionOut[]>([]);
  protected readonly datasetId = signal<number | null>(null);
  protected readonly versionId = signal<number | null>(null);
  protected readonly recipes = signal<RecipeOut[]>([]);
  protected readonly recipeId = signal<number | null>(null);
  protected readonly recipeName = signal('');
  protected readonly message = signal('');
  protected readonly draft = signal<StepDraft[]>([]);
  protected readonly addChoice = signal('');
  protected readonly sample = signal(50);
  protected readonly seed = signal<number | null>(null);
  protected readonly outputName = signal('');
  protected readonly busy = signal<'' | 'preview' | 'save' | 'run'>('');
  protected readonly preview = signal<CurationPreviewOut | null>(null);
  protected readonly filter = signal<RowFilter>('all');
  protected readonly errors = signal<{ loc: string; msg: string; step: number | null }[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly runs = signal<CurationRunOut[]>([]);
  protected readonly jobs = signal<Record<number, JobOut>>({});
  protected readonly openRun = signal<number | null>(null);

  protected readonly stepByName = computed(() => new Map(this.steps().map((s) => [s.name, s])));
  protected readonly curators = computed(() => this.steps().filter((s) => s.kind === 'curator'));
  protected readonly augmenters = computed(() => this.steps().filter((s) => s.kind === 'augmenter'));
  protected readonly version = computed(() => this.versions().find((v) => v.id === this.versionId()) ?? null);
  protected readonly recipe = computed(() => this.recipes().find((r) => r.id === this.recipeId()) ?? null);
  protected readonly recipeJson = computed(() => JSON.stringify({ steps: this.draft() }, null, 2));
  protected readonly shownRows = computed(() => {
    const p = this.preview();
    const f = this.filter();
    return (p?.rows ?? []).filter((r) => f === 'all' || r.status === f);
  });
  protected readonly counts = computed(() => {
    const rows = this.preview()?.rows ?? [];
    return { removed: rows.filter((r) => r.status === 'removed').length, changed: rows.filter((r) => r.status === 'changed').length,
      kept: rows.filter((r) => r.status === 'kept').length };
  });

  constructor() {
    void this.loadSteps();
    effect(() => {
      const pid = this.session.projectId();
      untracked(() => void this.loadProject(pid));
    });
    const refresh = () => void this.loadRuns();
    inject(EventStream).on('curation.*').pipe(takeUntilDestroyed()).subscribe(refresh);
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe(refresh);
    const timer = setInterval(() => { if (this.runs().some((r) => r.status === 'queued' || r.status === 'running')) refresh(); }, 2000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  private pid(): number | null {
    const p = this.session.projectId();
    return p === null || p === undefined ? null : Number(p);
  }

  private async loadSteps(): Promise<void> {
    try { this.steps.set((await this.api.curation.listSteps()).items); } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  private async loadProject(pid: unknown): Promise<void> {
    if (pid === null || pid === undefined) return;
    try {
      const [ds, recipes] = await Promise.all([
        this.api.datasets.listDatasets({ project_id: Number(pid), limit: 100 }),
        this.api.curation.listRecipes({ project_id: Number(pid), limit: 100 }),
      ]);
      this.datasets.set(ds.items);
      this.recipes.set(recipes.items);
      if (ds.items.length && !ds.items.some((d) => d.id === this.datasetId())) await this.selectDataset(ds.items[0].id);
      await this.loadRuns();
    } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  protected async selectDataset(id: number): Promise<void> {
    this.datasetId.set(id);
    const vs = await this.api.datasets.listDatasetVersions({ dataset_id: id, limit: 100 });
    this.versions.set(vs.items);
    this.versionId.set(vs.items[0]?.id ?? null);
    this.outputName.set(this.datasets().find((d) => d.id === id)?.name ?? '');
    this.preview.set(null);
  }

  protected async selectRecipe(raw: string): Promise<void> {
    const id = raw ? Number(raw) : null;
    this.recipeId.set(id);
    this.preview.set(null);
    this.errors.set([]);
    if (id === null) { this.recipeName.set(''); this.draft.set([]); return; }
    const r = await this.api.curation.getRecipe({ recipe_id: id });
    this.recipeName.set(r.name);
    this.draft.set((r.latest?.steps ?? []).map((s) => ({ ...(s as StepDraft), params: { ...((s as StepDraft).params ?? {}) } })));
  }

  // ------------------------------------------------------------------ editing
  protected addStep(name: string): void {
    if (!name) return;
    this.draft.update((d) => [...d, { step: name, params: {} }]);
    this.addChoice.set('');
  }

  protected move(i: number, by: number): void {
    this.draft.update((d) => {
      const next = [...d];
      const j = i + by;
      if (j < 0 || j >= next.length) return d;
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  }

  protected remove(i: number): void {
    this.draft.update((d) => d.filter((_s, k) => k !== i));
  }

  protected setParams(i: number, params: Record<string, unknown>): void {
    this.draft.update((d) => d.map((s, k) => (k === i ? { ...s, params } : s)));
  }

  protected stepErrors(i: number): string[] {
    return this.errors().filter((e) => e.step === i).map((e) => e.msg);
  }

  private fail(err: unknown, title: string): void {
    const e = ApiError.from(err);
    this.errors.set(e.errors.map((x) => {
      const loc = x.loc ?? [];
      const at = loc.indexOf('steps');
      return { loc: loc.join('.'), msg: x.msg ?? '', step: at >= 0 && typeof loc[at + 1] === 'number' ? (loc[at + 1] as number) : null };
    }));
    this.error.set(e.summary);
    this.toasts.apiError(err, title);
  }

  // ------------------------------------------------------------------ actions
  protected async runPreview(): Promise<void> {
    const v = this.versionId();
    if (v === null) return;
    this.busy.set('preview');
    this.errors.set([]);
    this.error.set(null);
    try {
      this.preview.set(await this.api.curation.preview({ body: { dataset_version_id: v, steps: this.draft(), sample: this.sample(),
        seed: this.seed() } }));
      this.filter.set('all');
    } catch (err) { this.fail(err, 'Preview failed'); } finally { this.busy.set(''); }
  }

  protected async save(): Promise<void> {
    const pid = this.pid();
    if (pid === null) return;
    this.busy.set('save');
    this.errors.set([]);
    this.error.set(null);
    try {
      const id = this.recipeId();
      const saved = id === null
        ? await this.api.curation.createRecipe({ body: { project_id: pid, name: this.recipeName(), steps: this.draft(), message: this.message() } })
        : await this.api.curation.addVersion({ recipe_id: id, body: { steps: this.draft(), message: this.message() } });
      this.toasts.success(`Recipe ${saved.name} saved`, `version ${saved.latest_version}`);
      this.recipes.set((await this.api.curation.listRecipes({ project_id: pid, limit: 100 })).items);
      this.recipeId.set(saved.id);
      this.message.set('');
    } catch (err) { this.fail(err, 'Could not save the recipe'); } finally { this.busy.set(''); }
  }

  protected async run(): Promise<void> {
    const id = this.recipeId(), v = this.versionId();
    if (id === null || v === null) return;
    this.busy.set('run');
    try {
      const run = await this.api.curation.createRun({ body: { recipe_id: id, dataset_version_id: v, output_name: this.outputName() || null } });
      this.toasts.success('Recipe run queued', `job ${run.job_id}`);
      this.openRun.set(run.id);
      await this.loadRuns();
    } catch (err) { this.fail(err, 'Could not start the run'); } finally { this.busy.set(''); }
  }

  private async loadRuns(): Promise<void> {
    const pid = this.pid();
    if (pid === null) return;
    try {
      const runs = (await this.api.curation.listRuns({ project_id: pid, limit: 20 })).items;
      this.runs.set(runs);
      const active = runs.filter((r) => (r.status === 'queued' || r.status === 'running') && r.job_id);
      const jobs = await Promise.all(active.map((r) => this.api.jobs.getJob({ job_id: r.job_id as number })));
      const map: Record<number, JobOut> = {};
      jobs.forEach((j) => (map[j.id] = j));
      this.jobs.set(map);
    } catch { /* shown on the next action */ }
  }

  // ------------------------------------------------------------------ display
  protected text(row: Record<string, unknown> | null | undefined): string {
    return rowText(row);
  }

  protected diff(r: CurationPreviewRow): DiffPart[] {
    return wordDiff(rowText(r.original), rowText(r.final));
  }

  protected eventDiff(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): DiffPart[] {
    return wordDiff(rowText(before), rowText(after));
  }

  protected rules(rules: Record<string, number>): string {
    return Object.entries(rules).map(([k, v]) => `${k} ${v}`).join(', ');
  }

  protected notes(notes: Record<string, unknown>): string {
    return Object.entries(notes).map(([k, v]) => `${k.replaceAll('_', ' ')} ${v}`).join(', ');
  }
}
