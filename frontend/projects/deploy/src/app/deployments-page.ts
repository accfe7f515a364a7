import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ApiClient, ApiError, Icon, Page, RelativeTimePipe, SessionStore, StatusBadge } from '@llmworks/ui-kit';
import type { DeployTargetOut as DeployTarget, DeploymentOut as Deployment } from '@llmworks/api-client';
import { BASE } from './api';

/** The deployment hub: every deployment of the project with its state, and a form to deploy. */
@Component({
  selector: 'lw-deployments',
  imports: [FormsModule, RouterLink, Icon, StatusBadge, RelativeTimePipe],
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
            <select name="target" [(ngModel)]="target" aria-label="Target">
              @for (t of targets(); track t.name) { <option [value]="t.name" [disabled]="!t.available">{{ t.name }}{{ t.available ? '' : ' (unavailable)' }}</option> }
            </select>
          </label>
          <label>Settings (JSON) <textarea name="settings" [(ngModel)]="settings" rows="3" aria-label="Settings"></textarea></label>
          @if (targetInfo(); as t) { <p class="muted small">{{ t.description }}</p> }
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
  protected target = 'local';
  protected settings = '{}';
  protected readonly targetInfo = computed(() => this.targets().find((t) => t.name === this.target) ?? null);
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

  protected async deploy(): Promise<void> {
    this.busy.set(true);
    try {
      let settings: unknown;
      try { settings = JSON.parse(this.settings || '{}'); } catch { throw new Error('Settings must be JSON'); }
      const d = await this.api.post<Deployment>(`${BASE}/deployments`, {
        project_id: this.session.projectId(), name: this.name, target: this.target, model: this.model, settings });
      await this.router.navigate(['/deployments', d.id]);
    } catch (err) {
      this.error.set(err instanceof Error && !(err as { status?: number }).status ? err.message : ApiError.from(err).summary);
    } finally { this.busy.set(false); }
  }
}
