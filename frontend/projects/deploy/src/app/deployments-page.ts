import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ApiClient, ApiError, Icon, Page, RelativeTimePipe, SchemaForm, SessionStore, StatusBadge } from '@llmworks/ui-kit';
import type { DeployTargetOut as DeployTarget, DeploymentOut as Deployment } from '@llmworks/api-client';
import { BASE } from './api';

/** The deployment hub: every deployment of the project with its state, and a form to deploy.
 *  The target's settings are a form built from its `settings_schema`, or JSON text for advanced
 *  users; both edit the same object, which is the POST body's `settings` (untouched defaults are
 *  left out: the server fills them in). */
@Component({
  selector: 'lw-deployments',
  imports: [FormsModule, RouterLink, Icon, StatusBadge, RelativeTimePipe, SchemaForm],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Deployments</h1><p class="subtitle">Model versions running locally, packaged for Docker or Kubernetes, pushed to the Hub.</p></div>
      </div>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      <section class="card" aria-labelledby="new-title">
        <h2 id="new-title">Deploy a model</h2>
        <form class="grid cols-2" (ngSubmit)="deploy()">
          <label>Name <input name="name" [(ngModel)]="name" required placeholder="chat-bot" aria-label="Deployment name" /></label>
          <label>Model <input name="model" [(ngModel)]="model" required placeholder="custom:12 or base:llmworks-demo-tiny" aria-label="Model" /></label>
          <label>Target
            <select name="target" [ngModel]="target()" (ngModelChange)="selectTarget($event)" aria-label="Target">
              @for (t of targets(); track t.name) { <option [value]="t.name" [disabled]="!t.available">{{ t.name }}{{ t.available ? '' : ' (unavailable)' }}</option> }
            </select>
          </label>
          @if (targetInfo(); as t) { <p class="muted small">{{ t.description }}</p> }
          <fieldset class="settings">
            <legend>Settings</legend>
            <label class="check small"><input type="checkbox" [checked]="jsonMode()" (change)="setJsonMode($any($event.target).checked)" /> Edit as JSON</label>
            @if (jsonMode()) {
              <textarea class="input" rows="8" aria-label="Settings JSON" [value]="jsonText()" (input)="editJson($any($event.target).value)"
                [attr.aria-invalid]="jsonError() ? true : null" [attr.aria-describedby]="jsonError() ? 'settings-json-error' : null"></textarea>
              @if (jsonError()) { <p class="json-error small" id="settings-json-error" role="alert">{{ jsonError() }}</p> }
            } @else {
              <lw-schema-form [schema]="targetInfo()?.settings_schema" [params]="settings()" (paramsChange)="setSettings($event)"
                emptyText="This target has no settings." />
            }
            <p class="muted small">Fields left empty use the target's defaults.</p>
          </fieldset>
          <div><button class="btn primary" type="submit" [disabled]="busy()"><lw-icon name="rocket_launch" [size]="18" /> Deploy</button></div>
        </form>
      </section>
      <section class="card flush">
        <table class="table" aria-label="Deployments">
          <thead><tr><th>Name</th><th>Target</th><th>Model</th><th>Revision</th><th>State</th><th>Restarts</th><th>Updated</th></tr></thead>
          <tbody>
            @for (d of deployments(); track d.id) {
              <tr>
                <td><a [routerLink]="['/deployments', d.id]"><strong>{{ d.name }}</strong></a></td>
                <td><span class="chip">{{ d.target }}</span></td>
                <td class="mono small">{{ d.model }}</td>
                <td>{{ d.revision }}</td>
                <td><lw-status-badge [status]="d.state" /> <span class="muted small">{{ d.message }}</span></td>
                <td>{{ d.restarts }}</td>
                <td class="muted">{{ d.updated_at | relative }}</td>
              </tr>
            } @empty { <tr><td colspan="7" class="muted">No deployments yet.</td></tr> }
          </tbody>
        </table>
      </section>
    </div>`,
  styles: `
    .settings { grid-column: 1 / -1; display: flex; flex-direction: column; gap: 10px; min-width: 0;
      border: 1px solid var(--border); border-radius: var(--radius); padding: 10px 14px 14px; margin: 0; }
    .settings legend { font-weight: 600; padding: 0 4px; }
    .json-error { color: var(--danger); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeploymentsPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly targets = signal<DeployTarget[]>([]);
  protected readonly deployments = signal<Deployment[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected name = '';
  protected model = inject(ActivatedRoute).snapshot.queryParamMap.get('model') ?? '';
  protected readonly target = signal('local');
  /** The settings the form and the JSON text edit; sent as is. */
  protected readonly settings = signal<Record<string, unknown>>({});
  protected readonly jsonMode = signal(false);
  protected readonly jsonText = signal('{}');
  protected readonly jsonError = signal<string | null>(null);
  protected readonly targetInfo = computed(() => this.targets().find((t) => t.name === this.target()) ?? null);
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    void this.load();
    this.timer = setInterval(() => void this.refresh(), 3000);
  }

  ngOnDestroy(): void { clearInterval(this.timer); }

  private async load(): Promise<void> {
    try {
      this.targets.set(await this.api.get<DeployTarget[]>(`${BASE}/targets`));
      await this.refresh();
    } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  private async refresh(): Promise<void> {
    const project = this.session.projectId();
    const page = await this.api.get<Page<Deployment>>(`${BASE}/deployments`, { project_id: project ?? undefined, limit: 100 });
    this.deployments.set(page.items);
  }

  /** Another target has other settings: start again from its defaults. */
  protected selectTarget(name: string): void {
    this.target.set(name);
    this.setSettings({});
  }

  protected setSettings(settings: Record<string, unknown>): void {
    this.settings.set(settings);
    this.jsonText.set(JSON.stringify(settings, null, 2));
    this.jsonError.set(null);
  }

  /** JSON text that parses to an object replaces the settings; other text keeps the last good
   *  settings and says what is wrong. */
  protected editJson(text: string): void {
    this.jsonText.set(text);
    let value: unknown;
    try { value = JSON.parse(text.trim() || '{}'); } catch (err) {
      this.jsonError.set(`Settings are not valid JSON: ${(err as Error).message}`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.jsonError.set('Settings must be a JSON object, like {"replicas": 2}');
      return;
    }
    this.settings.set(value as Record<string, unknown>);
    this.jsonError.set(null);
  }

  /** Either way the view starts from the settings (leaving JSON text with an error in it shows
   *  the form with the last good settings). */
  protected setJsonMode(on: boolean): void {
    this.jsonText.set(JSON.stringify(this.settings(), null, 2));
    this.jsonError.set(null);
    this.jsonMode.set(on);
  }

  protected async deploy(): Promise<void> {
    if (this.jsonMode() && this.jsonError()) return;   // shown beside the text
    this.busy.set(true);
    try {
      const d = await this.api.post<Deployment>(`${BASE}/deployments`, {
        project_id: this.session.projectId(), name: this.name, target: this.target(), model: this.model, settings: this.settings() });
      await this.router.navigate(['/deployments', d.id]);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    } finally { this.busy.set(false); }
  }
}
