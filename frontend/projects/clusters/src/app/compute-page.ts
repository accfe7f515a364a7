import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  LlmworksClient, type ComputeBackendKindOut, type ComputeBackendOut, type ProjectBackendOut,
} from '@llmworks/api-client';
import { ApiError, FormControlDirective, FormField, Icon, SessionStore, ToastService, apiClient } from '@llmworks/ui-kit';

/** A new backend's form (administrators). */
interface Draft { name: string; backend: string; description: string; options: string }

const EXAMPLES: Record<string, object> = {
  slurm: { partition: 'gpu', account: 'ml-team', time_limit_minutes: 720, setup: 'module load cuda' },
  kubernetes: { namespace: 'ml', image: 'registry.example/llmworks:1.0', home_claim: 'llmworks-home', models_claim: 'llmworks-models' },
};

/**
 * Where the selected project's jobs run (project settings: its default compute backend; a job may
 * override it with `resources.backend`), and the backends administrators configure: Slurm
 * partitions, Kubernetes namespaces, with their options checked by the server.
 */
@Component({
  selector: 'lw-compute-page',
  imports: [FormsModule, FormField, FormControlDirective, Icon],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>Compute backends</h1>
        <p class="subtitle">Where jobs run: this installation's workers, Celery, or the Slurm and Kubernetes clusters an administrator configured. The job page shows each job's backend and its id there.</p></div></div>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }

      <section class="card" aria-labelledby="project-title">
        <h2 id="project-title">Settings of {{ session.project()?.name ?? 'this project' }}</h2>
        @if (project(); as p) {
          <lw-form-field label="Compute backend of its jobs" hint="Jobs queued from now on run there, unless a job names another backend.">
            <select lwControl class="input" [ngModel]="choice()" (ngModelChange)="choice.set($event)" aria-label="Compute backend of the project's jobs">
              <option value="">This installation's workers (default)</option>
              @for (name of p.available; track name) { <option [value]="name">{{ name }}</option> }
            </select>
          </lw-form-field>
          <div class="row">
            <button type="button" class="btn primary" [disabled]="busy() || choice() === (p.backend ?? '')" (click)="saveProject()">
              <lw-icon name="save" [size]="18" /> Save</button>
            <span class="muted small">Now: <strong>{{ p.backend ?? "this installation's workers" }}</strong>. A job may pick another one (<code>resources.backend</code>).</span>
          </div>
        } @else if (!session.projectId()) {
          <p class="muted">Select a project in the header.</p>
        }
      </section>

      <section class="card" aria-labelledby="backends-title">
        <h2 id="backends-title">Backends</h2>
        <div class="scroll" tabindex="0" role="region" aria-label="Backends table"><table class="table">
          <thead><tr><th>Name</th><th>Kind</th><th>Description</th><th>State</th>@if (session.isAdmin()) { <th>Options</th><th></th> }</tr></thead>
          <tbody>
            @for (b of backends(); track b.name) {
              <tr>
                <td class="mono">{{ b.name }}</td>
                <td>{{ b.backend }}@if (b.builtin) { <span class="muted small"> · built in</span> }</td>
                <td>{{ b.description }}</td>
                <td>{{ b.enabled ? 'enabled' : 'disabled' }}</td>
                @if (session.isAdmin()) {
                  <td><code class="small">{{ b.builtin ? '' : json(b.options) }}</code></td>
                  <td>
                    @if (!b.builtin) {
                      <div class="row">
                        <button type="button" class="btn sm" (click)="toggle(b)">{{ b.enabled ? 'Disable' : 'Enable' }}</button>
                        <button type="button" class="btn ghost icon sm" [attr.aria-label]="'Delete backend ' + b.name" (click)="remove(b)"><lw-icon name="delete" [size]="18" /></button>
                      </div>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table></div>
      </section>

      @if (session.isAdmin()) {
        <section class="card" aria-labelledby="add-title">
          <h2 id="add-title">Add a backend</h2>
          <div class="grid cols-2">
            <lw-form-field label="Name" [required]="true"><input lwControl class="input" [(ngModel)]="draft.name" placeholder="gpu-partition" aria-label="Backend name" /></lw-form-field>
            <lw-form-field label="Kind">
              <select lwControl class="input" [ngModel]="draft.backend" (ngModelChange)="pickKind($event)" aria-label="Backend kind">
                @for (k of pushKinds(); track k.name) { <option [value]="k.name">{{ k.name }}</option> }
              </select></lw-form-field>
          </div>
          <lw-form-field label="Description"><input lwControl class="input" [(ngModel)]="draft.description" aria-label="Backend description" /></lw-form-field>
          <lw-form-field label="Options (JSON)" [hint]="kindHelp()">
            <textarea lwControl class="input mono" rows="6" [(ngModel)]="draft.options" aria-label="Backend options as JSON"></textarea></lw-form-field>
          <button type="button" class="btn primary" [disabled]="busy() || !draft.name" (click)="create()"><lw-icon name="add" [size]="18" /> Add</button>
        </section>
      }
    </div>`,
  styles: `section.card { display: flex; flex-direction: column; gap: 12px; } section.card > .btn { align-self: flex-start; } textarea { width: 100%; } .table { width: 100%; } .scroll { overflow-x: auto; max-width: 100%; }
    td code { white-space: pre-wrap; word-break: break-all; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComputePage {
  private readonly api = apiClient(LlmworksClient);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly backends = signal<ComputeBackendOut[]>([]);
  protected readonly kinds = signal<ComputeBackendKindOut[]>([]);
  protected readonly project = signal<ProjectBackendOut | null>(null);
  protected readonly choice = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly pushKinds = computed(() => this.kinds().filter((k) => !k.pulls));
  protected readonly kindHelp = computed(() => {
    const kind = this.kinds().find((k) => k.name === this.draftKind());
    const props = (kind?.options_schema as { properties?: Record<string, unknown> } | undefined)?.properties;
    return props ? `Options of ${kind?.name}: ${Object.keys(props).join(', ')}` : '';
  });
  private readonly draftKind = signal('slurm');
  protected draft: Draft = { name: '', backend: 'slurm', description: '', options: JSON.stringify(EXAMPLES['slurm'], null, 2) };

  constructor() {
    effect(() => {
      const pid = this.session.projectId();
      untracked(() => void this.load(pid));
    });
  }

  private async load(projectId: number | string | null): Promise<void> {
    try {
      const all = await this.api.clusters.listBackends();
      this.backends.set(all.backends);
      this.kinds.set(all.kinds);
      if (projectId != null) {
        const p = await this.api.clusters.getProjectBackend({ project_id: Number(projectId) });
        this.project.set(p);
        this.choice.set(p.backend ?? '');
      } else {
        this.project.set(null);
      }
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected json(value: unknown): string {
    return value ? JSON.stringify(value) : '';
  }

  protected pickKind(kind: string): void {
    this.draft = { ...this.draft, backend: kind, options: JSON.stringify(EXAMPLES[kind] ?? {}, null, 2) };
    this.draftKind.set(kind);
  }

  protected async saveProject(): Promise<void> {
    const p = this.project();
    if (!p) return;
    await this.run(async () => {
      this.project.set(await this.api.clusters.setProjectBackend({ project_id: p.project_id, body: { backend: this.choice() || null } }));
      this.toasts.success('Compute backend saved', this.choice() ? `New jobs run on ${this.choice()}` : "New jobs run on this installation's workers");
    }, 'Could not save the compute backend');
  }

  protected async create(): Promise<void> {
    let options: Record<string, unknown>;
    try {
      options = this.draft.options.trim() ? JSON.parse(this.draft.options) : {};
    } catch {
      this.toasts.error('The options are not valid JSON');
      return;
    }
    await this.run(async () => {
      await this.api.clusters.createBackend({ body: { name: this.draft.name, backend: this.draft.backend, description: this.draft.description, options } });
      this.toasts.success(`Backend ${this.draft.name} added`);
      this.draft = { ...this.draft, name: '', description: '' };
      await this.load(this.session.projectId());
    }, 'Could not add the backend');
  }

  protected async toggle(b: ComputeBackendOut): Promise<void> {
    await this.run(async () => {
      await this.api.clusters.updateBackend({ name: b.name, body: { enabled: !b.enabled } });
      await this.load(this.session.projectId());
    }, `Could not change ${b.name}`);
  }

  protected async remove(b: ComputeBackendOut): Promise<void> {
    await this.run(async () => {
      await this.api.clusters.deleteBackend({ name: b.name });
      this.toasts.success(`Backend ${b.name} removed`);
      await this.load(this.session.projectId());
    }, `Could not remove ${b.name}`);
  }

  private async run(action: () => Promise<void>, failure: string): Promise<void> {
    this.busy.set(true);
    try {
      await action();
    } catch (err) {
      this.toasts.apiError(err, failure);
    } finally {
      this.busy.set(false);
    }
  }
}
