import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, ApiError, CodeViewer, Icon, LogViewer, Page, RelativeTimePipe, StatusBadge } from '@llmworks/ui-kit';
import type { DeploymentDetail as Deployment, DeploymentEventOut as DeploymentEvent, DeploymentHealthOut as Health, DeploymentLogOut as LogChunk } from '@llmworks/api-client';
import { BASE } from './api';

/** One deployment: status, health, revisions (redeploy, roll back, stop; an earlier revision that a newer one
 *  replaced says by which and when), live logs and events. */
@Component({
  selector: 'lw-deployment-detail',
  imports: [RouterLink, Icon, StatusBadge, RelativeTimePipe, LogViewer, CodeViewer],
  template: `
    <div class="page">
      <nav class="small"><a routerLink="/deployments">Deployments</a> / {{ dep()?.name ?? deploymentId() }}</nav>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      @if (actionError(); as e) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ e }}</div> }
      @if (dep(); as d) {
        <div class="page-header">
          <div>
            <h1>{{ d.name }}</h1>
            <p class="subtitle"><span class="chip">{{ d.target }}</span> · revision {{ d.revision }} · <span class="mono">{{ d.model }}</span>
              · <lw-status-badge [status]="d.state" /> <span class="muted">{{ d.message }}</span></p>
          </div>
          <div class="row">
            <button class="btn" type="button" (click)="act('redeploy')" [disabled]="busy()"><lw-icon name="refresh" [size]="18" /> Redeploy</button>
            <button class="btn" type="button" (click)="act('rollback')" [disabled]="busy() || !canRollback()"
              [title]="canRollback() ? 'Deploy again what revision ' + d.rollback_to + ' served' : 'No earlier revision that ran serves something else'"><lw-icon name="undo" [size]="18" /> Roll back</button>
            <button class="btn danger" type="button" (click)="act('stop')" [disabled]="busy() || !running()"><lw-icon name="stop_circle" [size]="18" /> Stop</button>
            @if (d.outputs['archive'] || d.outputs['manifests']) {
              <a class="btn" [href]="'${BASE}/deployments/' + d.id + '/artifact'"><lw-icon name="download" [size]="18" /> Download</a>
            }
          </div>
        </div>
        <div class="grid cols-2">
          <section class="card" aria-labelledby="health-title">
            <h2 id="health-title">Health</h2>
            @if (health(); as h) {
              <p><lw-status-badge [status]="h.ok ? 'healthy' : 'unhealthy'" /> {{ h.detail ?? '' }}</p>
              @if (d.outputs['openai_base_url']) { <p>OpenAI base URL: <span class="mono">{{ d.outputs['openai_base_url'] }}</span> · model <span class="mono">{{ d.name }}</span></p> }
              <p class="muted small">Restarts after a crash: {{ d.restarts }}</p>
            } @else { <p class="muted">Checking…</p> }
          </section>
          <section class="card" aria-labelledby="rev-title">
            <h2 id="rev-title">Revisions</h2>
            <table class="table" aria-label="Revisions">
              <thead><tr><th>#</th><th>Model</th><th>Why</th><th>State</th><th>When</th></tr></thead>
              <tbody>
                @for (r of d.revisions; track r.number) {
                  <tr [class.current]="r.number === d.revision"><td>{{ r.number }}</td><td class="mono small">{{ r.model }}</td>
                    <td>{{ r.reason }}{{ r.rollback_of ? ' of ' + r.rollback_of : '' }}</td>
                    <td><lw-status-badge [status]="r.state" />
                      @if (r.replaced_by != null) { <span class="muted small" [title]="r.replaced_at ?? ''"> by revision {{ r.replaced_by }}@if (r.replaced_at) { · {{ r.replaced_at | relative }}}</span> }</td>
                    <td class="muted">{{ r.created_at | relative }}</td></tr>
                }
              </tbody>
            </table>
          </section>
        </div>
        <lw-log-viewer [text]="logText()" [live]="running()" title="Live log" height="360px" emptyText="No log lines yet." />
        <section class="card" aria-labelledby="events-title">
          <h2 id="events-title">Events</h2>
          <ol class="events">
            @for (e of events(); track e.id) { <li><span class="mono small">{{ e.ts | relative }}</span> <span class="chip">{{ e.type }}</span> {{ e.message }}</li> }
            @empty { <li class="muted">No events yet.</li> }
          </ol>
        </section>
        <lw-code-viewer [value]="d.outputs" title="Outputs" />
      }
    </div>`,
  styles: `.events { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 6px; max-height: 320px; overflow: auto; }
    tr.current td { font-weight: 600; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeploymentDetailPage {
  private readonly api = inject(ApiClient);
  readonly deploymentId = input.required<string>();
  protected readonly dep = signal<Deployment | null>(null);
  protected readonly health = signal<Health | null>(null);
  protected readonly events = signal<DeploymentEvent[]>([]);
  protected readonly logText = signal('');
  /** A failed poll: cleared by the next one that succeeds. */
  protected readonly error = signal<string | null>(null);
  /** A refused Redeploy / Roll back / Stop: stays until the next action (a poll does not clear it). */
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly running = computed(() => ['pending', 'building', 'starting', 'running'].includes(this.dep()?.state ?? ''));
  /** The server says which revision a rollback would deploy (null: it would refuse). */
  protected readonly canRollback = computed(() => this.dep()?.rollback_to != null);
  private logOffset = 0;
  private lastEvent = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Each poll and action takes a ticket; a response older than the one shown is not shown. */
  private ticket = 0;
  private shown = 0;

  constructor() {
    effect(() => {
      const id = this.deploymentId();
      untracked(() => { this.logOffset = 0; this.lastEvent = 0; this.logText.set(''); this.events.set([]); void this.poll(id); });
    });
    this.timer = setInterval(() => void this.poll(this.deploymentId()), 1500);
  }

  ngOnDestroy(): void { clearInterval(this.timer); }

  private async poll(id: string): Promise<void> {
    const mine = ++this.ticket;
    try {
      const [dep, health, events, log] = await Promise.all([
        this.api.get<Deployment>(`${BASE}/deployments/${id}`),
        this.api.get<Health>(`${BASE}/deployments/${id}/health`).catch(() => null),
        this.api.get<Page<DeploymentEvent>>(`${BASE}/deployments/${id}/events`, { after: this.lastEvent, limit: 200 }),
        this.api.get<LogChunk>(`${BASE}/deployments/${id}/logs`, { offset: this.logOffset }),
      ]);
      if (mine > this.shown) {   // not a poll that started before an action's (or a later poll's) response came
        this.shown = mine;
        this.dep.set(dep);
        this.health.set(health);
      }
      if (events.items.length) { this.lastEvent = events.items[events.items.length - 1].id; this.events.update((e) => [...events.items.reverse(), ...e]); }
      if (log.text) { this.logOffset = log.next_offset; this.logText.update((t) => (t + log.text).slice(-200000)); }
      this.error.set(null);
    } catch (err) { this.error.set(ApiError.from(err).summary); }
  }

  protected async act(action: 'redeploy' | 'rollback' | 'stop'): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const dep = await this.api.post<Deployment>(`${BASE}/deployments/${this.deploymentId()}/${action}`, action === 'redeploy' ? {} : undefined);
      this.shown = ++this.ticket;
      this.dep.set(dep);
    } catch (err) { this.actionError.set(ApiError.from(err).summary); } finally { this.busy.set(false); }
  }
}
