import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ApiClient, CellDef, Column, DataTable, EventStream, FormControlDirective, FormField, Icon, Page, PageQuery, RelativeTimePipe,
  ServerErrors, SessionStore, StatusBadge, ToastService,
} from '@llmworks/ui-kit';
import type { ABTestOut as ABTest, CampaignOut as Campaign, DatasetVersionOut as DatasetVersion, RouteOut as InferenceRoute } from '@llmworks/api-client';

/** One generator of the form: a model, or an inference route of the project (an A/B test's
 * variant is its route). Empty settings of a route generator leave the route's own. */
interface GeneratorRow {
  label: string;
  source: 'model' | 'route';
  model: string;
  route: string;
  temperature: number | null;
  max_new_tokens: number | null;
}

/** Annotation campaigns of the project and the form that creates one. */
@Component({
  selector: 'lw-campaigns',
  imports: [FormsModule, RouterLink, DataTable, CellDef, FormField, FormControlDirective, Icon, StatusBadge, RelativeTimePipe],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>Feedback campaigns</h1>
        <p class="subtitle">Generate candidates, have people rank and score them blind, check agreement, export preferences.</p></div></div>
      <div class="layout">
        <section class="card flush">
          <lw-data-table [columns]="tableColumns" [loader]="load" [refresh]="tick()" caption="Campaigns" [rowClickable]="true" (rowClick)="open($event)"
            emptyTitle="No campaigns yet" emptyHint="Create one with the form." emptyIcon="rate_review">
            <ng-template lwCell="name" let-row>
              <a [routerLink]="['/feedback/campaigns', row.id]" (click)="$event.stopPropagation()"><strong>{{ row.name }}</strong></a>
              <div class="muted small">{{ row.tasks.join(', ') }}</div>
            </ng-template>
            <ng-template lwCell="status" let-row><lw-status-badge [status]="row.status" /></ng-template>
            <ng-template lwCell="done" let-row><span class="mono small">{{ row.done }}/{{ row.assignments }}</span></ng-template>
            <ng-template lwCell="created_at" let-row><span class="muted">{{ row.created_at | relative }}</span></ng-template>
          </lw-data-table>
        </section>
        <form class="card stack" (ngSubmit)="submit()" aria-labelledby="new-campaign">
          <h2 id="new-campaign">New campaign</h2>
          @for (msg of errors.general(['name', 'tasks', 'rubric', 'generators', 'prompts', 'annotators', 'annotators_per_item', 'samples_per_prompt', 'gold_items']); track msg) {
            <div class="alert danger small" role="alert">{{ msg }}</div>
          }
          <lw-form-field label="Name" [error]="errors.for('name')" [required]="true"><input lwControl class="input" name="name" [(ngModel)]="name" /></lw-form-field>
          <fieldset class="plain"><legend class="small strong">Tasks</legend>
            @for (t of allTasks; track t) {
              <label class="pill"><input type="checkbox" [checked]="tasks.has(t)" (change)="toggle(t, $any($event.target).checked)" /> {{ t }}</label>
            }
          </fieldset>
          @if (tasks.has('score')) {
            <lw-form-field label="Rubric criteria (1-7), comma separated" [error]="errors.for('rubric')"><input lwControl class="input" name="rubric" [(ngModel)]="rubric" /></lw-form-field>
          }
          <fieldset class="plain stack"><legend class="small strong">Generators (2-8)</legend>
            @for (g of generators; track $index; let i = $index) {
              <div class="gen" data-testid="generator">
                <input class="input" [name]="'gl' + i" [(ngModel)]="g.label" [attr.aria-label]="'Label of generator ' + (i + 1)" placeholder="label" />
                <select class="input" [name]="'gs' + i" [(ngModel)]="g.source" [attr.aria-label]="'Source of generator ' + (i + 1)">
                  <option value="model">model</option><option value="route">route</option>
                </select>
                @if (g.source === 'model') {
                  <input class="input mono" [name]="'gm' + i" [(ngModel)]="g.model" [attr.aria-label]="'Model of generator ' + (i + 1)" placeholder="base:… or custom:…" />
                } @else {
                  <select class="input mono" [name]="'gr' + i" [(ngModel)]="g.route" [attr.aria-label]="'Route of generator ' + (i + 1)">
                    <option value="">— route —</option>
                    @for (r of routes(); track r.id) { <option [value]="r.name">{{ r.name }} ({{ r.model }})</option> }
                  </select>
                }
                <input class="input" type="number" step="0.1" min="0" max="5" [name]="'gt' + i" [(ngModel)]="g.temperature"
                  [attr.aria-label]="'Temperature of generator ' + (i + 1)" [placeholder]="g.source === 'route' ? 'route' : ''" />
                <input class="input" type="number" min="1" max="512" [name]="'gn' + i" [(ngModel)]="g.max_new_tokens"
                  [attr.aria-label]="'Max new tokens of generator ' + (i + 1)" [placeholder]="g.source === 'route' ? 'route' : ''" />
                <button type="button" class="btn ghost icon" (click)="generators.splice(i, 1)" aria-label="Remove generator"><lw-icon name="close" [size]="16" /></button>
              </div>
            }
            <div class="row">
              <button type="button" class="btn ghost" (click)="addGenerator()"><lw-icon name="add" [size]="16" /> Generator</button>
              @if (abTests().length) {
                <select class="input" name="abtest" [(ngModel)]="abTest" aria-label="A/B test">
                  <option [ngValue]="null">— A/B test —</option>
                  @for (t of abTests(); track t.id) { <option [ngValue]="t.id">{{ t.name }} ({{ t.variants.length }} variants)</option> }
                </select>
                <button type="button" class="btn ghost" [disabled]="abTest === null" (click)="addVariants()">Add its variants</button>
              }
            </div>
            @if (errors.for('generators')) { <div class="alert danger small" role="alert">{{ errors.for('generators') }}</div> }
          </fieldset>
          <fieldset class="plain stack"><legend class="small strong">Prompts</legend>
            <div>
              <label class="pill"><input type="radio" name="psrc" value="inline" [(ngModel)]="promptSource" /> typed here</label>
              <label class="pill"><input type="radio" name="psrc" value="dataset" [(ngModel)]="promptSource" /> from a dataset version</label>
            </div>
            @if (promptSource === 'inline') {
              <lw-form-field label="Prompts, one per line" [error]="errors.for('prompts')"><textarea lwControl class="input" rows="4" name="prompts" [(ngModel)]="prompts"></textarea></lw-form-field>
            } @else {
              <lw-form-field label="Dataset version" [error]="errors.for('prompts.dataset_version_id') || errors.for('prompts')">
                <select lwControl class="input" name="dsv" [ngModel]="datasetVersion" (ngModelChange)="pickVersion($event)">
                  <option [ngValue]="null">— choose —</option>
                  @for (v of versions(); track v.id) { <option [ngValue]="v.id">{{ v.name }} v{{ v.version }} ({{ v.kind }})</option> }
                </select></lw-form-field>
              <div class="pair">
                <lw-form-field label="Prompt column" [error]="errors.for('prompts.prompt_column')">
                  <select lwControl class="input" name="pcol" [(ngModel)]="promptColumn">
                    <option value="">(guess: prompt, input, question…)</option>
                    @for (c of columns(); track c) { <option [value]="c">{{ c }}</option> }
                  </select></lw-form-field>
                <lw-form-field label="Split" [error]="errors.for('prompts.split')">
                  <select lwControl class="input" name="split" [(ngModel)]="split">
                    <option value="">all rows</option><option value="train">train</option><option value="validation">validation</option>
                  </select></lw-form-field>
                <lw-form-field label="At most" [error]="errors.for('prompts.limit')"><input lwControl class="input" type="number" min="1" max="1000" name="plimit" [(ngModel)]="promptLimit" /></lw-form-field>
              </div>
            }
          </fieldset>
          <lw-form-field label="Samples per prompt and generator" [error]="errors.for('samples_per_prompt')"><input lwControl class="input" type="number" min="1" max="8" name="k" [(ngModel)]="samples" /></lw-form-field>
          <lw-form-field label="Annotators (usernames, comma separated)" [error]="errors.for('annotators')" [required]="true"><input lwControl class="input" name="annotators" [(ngModel)]="annotators" /></lw-form-field>
          <lw-form-field label="Annotators per item (r)" [error]="errors.for('annotators_per_item')"><input lwControl class="input" type="number" min="1" max="50" name="r" [(ngModel)]="r" /></lw-form-field>
          <lw-form-field label="Gold items (JSON lines: prompt, candidates, ranking)" hint='{"prompt": "…", "candidates": ["good", "bad"], "ranking": [0, 1]}' [error]="goldError() || errors.for('gold_items')">
            <textarea lwControl class="input mono" rows="3" name="gold" [(ngModel)]="gold"></textarea></lw-form-field>
          <div><button class="btn primary" type="submit" [disabled]="busy()"><lw-icon name="play_arrow" [size]="18" /> Create and generate</button></div>
        </form>
      </div>
    </div>`,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(320px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .plain { border: 0; padding: 0; margin: 0; } .strong { font-weight: 600; margin-bottom: 6px; }
    .pill { display: inline-flex; gap: 6px; margin-right: 10px; }
    .gen { display: grid; grid-template-columns: 1fr 80px 2fr 70px 70px auto; gap: 6px; }
    .row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .pair { display: grid; grid-template-columns: 1fr 1fr 90px; gap: 8px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignsPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly errors = new ServerErrors();
  protected readonly tick = signal(0);
  protected readonly busy = signal(false);
  protected readonly goldError = signal('');
  protected readonly allTasks = ['rank', 'score', 'pairwise', 'correct'];
  protected tasks = new Set<string>(['rank']);
  protected name = '';
  protected rubric = 'helpful, fluent';
  protected generators: GeneratorRow[] = [
    { label: 'a', source: 'model', model: 'base:llmworks-demo-tiny', route: '', temperature: 1, max_new_tokens: 24 },
    { label: 'b', source: 'model', model: 'base:llmworks-demo-tiny', route: '', temperature: 0.7, max_new_tokens: 24 },
  ];
  protected readonly routes = signal<InferenceRoute[]>([]);
  protected readonly abTests = signal<ABTest[]>([]);
  protected abTest: number | null = null;
  protected promptSource: 'inline' | 'dataset' = 'inline';
  protected prompts = '';
  protected readonly versions = signal<DatasetVersion[]>([]);
  protected datasetVersion: number | null = null;
  protected readonly columns = signal<string[]>([]);
  protected promptColumn = '';
  protected split: '' | 'train' | 'validation' = '';
  protected promptLimit = 200;
  protected samples = 1;
  protected annotators = '';
  protected r = 1;
  protected gold = '';
  protected readonly tableColumns: Column<Campaign>[] = [
    { key: 'name', label: 'Campaign' },
    { key: 'status', label: 'Status' },
    { key: 'done', label: 'Answers', hideOnMobile: true },
    { key: 'created_at', label: 'Created', hideOnMobile: true },
  ];

  constructor() {
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe(() => this.tick.update((t) => t + 1));
  }

  /** The project's routes, A/B tests and dataset versions for the form (each optional: a plugin may be missing). */
  async ngOnInit(): Promise<void> {
    const project_id = this.session.projectId() ?? undefined;
    const [routes, tests, versions] = await Promise.allSettled([
      this.api.get<Page<InferenceRoute>>('/api/inference/routes', { project_id, limit: 200 }),
      this.api.get<Page<ABTest>>('/api/inference/ab-tests', { project_id, limit: 100 }),
      this.api.get<Page<DatasetVersion>>('/api/datasets/versions', { project_id, limit: 200 }),
    ]);
    if (routes.status === 'fulfilled') this.routes.set(routes.value.items);
    if (tests.status === 'fulfilled') this.abTests.set(tests.value.items);
    if (versions.status === 'fulfilled') this.versions.set(versions.value.items);
  }

  protected pickVersion(id: number | null): void {
    this.datasetVersion = id;
    const v = this.versions().find((x) => x.id === id);
    this.columns.set(v?.columns ?? []);
    this.promptColumn = '';
  }

  /** One route generator per variant of the chosen A/B test, labelled with the variant's name. */
  protected addVariants(): void {
    const test = this.abTests().find((t) => t.id === this.abTest);
    if (!test) return;
    const used = new Set(this.generators.map((g) => g.label));
    for (const v of test.variants) {
      const label = used.has(v.name) ? `${test.name}-${v.name}` : v.name;
      used.add(label);
      this.generators.push({ label, source: 'route', model: '', route: v.route, temperature: null, max_new_tokens: null });
    }
  }

  protected readonly load = (q: PageQuery): Promise<Page<Campaign>> =>
    this.api.get<Page<Campaign>>('/api/feedback/campaigns', { project_id: this.session.projectId() ?? undefined, limit: q.limit, offset: q.offset });

  protected toggle(t: string, on: boolean): void {
    const next = new Set(this.tasks);
    if (on) next.add(t); else next.delete(t);
    this.tasks = next;
  }

  protected addGenerator(): void {
    this.generators.push({ label: String.fromCharCode(97 + this.generators.length), source: 'model', model: 'base:llmworks-demo-tiny', route: '',
                           temperature: 1, max_new_tokens: 24 });
  }

  protected open(c: Campaign): void {
    void this.router.navigate(['/feedback/campaigns', c.id]);
  }

  private generator(g: GeneratorRow): Record<string, unknown> {
    const generation: Record<string, unknown> = {};
    if (g.temperature != null && String(g.temperature) !== '') generation['temperature'] = g.temperature;
    if (g.max_new_tokens != null && String(g.max_new_tokens) !== '') generation['max_new_tokens'] = g.max_new_tokens;
    return g.source === 'route' ? { label: g.label, route: g.route || null, generation } : { label: g.label, model: g.model, generation };
  }

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.errors.clear();
    this.goldError.set('');
    try {
      let gold: unknown[] = [];
      try {
        gold = this.gold.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      } catch {
        this.goldError.set('each line must be a JSON object {prompt, candidates, ranking}');
        return;
      }
      const prompts = this.promptSource === 'dataset'
        ? { dataset_version_id: this.datasetVersion, prompt_column: this.promptColumn || undefined, split: this.split || undefined, limit: this.promptLimit }
        : { inline: this.prompts.split('\n').map((p) => p.trim()).filter(Boolean) };
      const c = await this.api.post<Campaign>('/api/feedback/campaigns', {
        project_id: this.session.projectId(), name: this.name, tasks: this.allTasks.filter((t) => this.tasks.has(t)),
        rubric: this.tasks.has('score') ? this.rubric.split(',').map((s) => s.trim()).filter(Boolean).map((name) => ({ name })) : [],
        generators: this.generators.map((g) => this.generator(g)),
        prompts, samples_per_prompt: this.samples, annotators: this.annotators.split(',').map((s) => s.trim()).filter(Boolean),
        annotators_per_item: this.r, gold_items: gold,
      });
      this.toasts.success('Campaign created', 'generating candidates');
      await this.router.navigate(['/feedback/campaigns', c.id]);
    } catch (err) {
      this.errors.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
