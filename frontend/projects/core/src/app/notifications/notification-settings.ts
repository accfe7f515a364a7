import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ApiClient, ApiError, Icon, Page, RelativeTimePipe, SessionStore, ToastService } from '@llmworks/ui-kit';
import type { DeliveryOut as Delivery, WebhookCreated, WebhookOut as Webhook } from '@llmworks/api-client';


const KINDS = [
  { value: 'job.completed', label: 'a job completed' },
  { value: 'job.failed', label: 'a job failed' },
  { value: 'evaluation.report', label: 'an evaluation report is ready' },
];

/**
 * Where the project's notifications go: webhooks (URL, which kinds, on/off, a test delivery, the
 * delivery log; the HMAC signing secret is shown once, when the webhook is added). In-app
 * notifications always reach the bell in the header.
 */
@Component({
  selector: 'lw-notification-settings',
  imports: [FormsModule, RouterLink, Icon, RelativeTimePipe],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>Notifications</h1>
        <p class="subtitle">In-app notifications reach the bell in the header; webhooks deliver them to your services (signed with HMAC-SHA256 in <code>X-LLMWorks-Signature</code>).
          To get them by e-mail: <a routerLink="/email">E-mail notifications</a>.</p></div></div>
      @if (error()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ error() }}</div> }
      <div class="layout">
        <section class="card" aria-labelledby="hooks-title">
          <h2 id="hooks-title">Webhooks of {{ session.project()?.name ?? 'this project' }}</h2>
          @if (hooks().length) {
            <ul class="hooks">
              @for (h of hooks(); track h.id) {
                <li>
                  <div class="row"><strong class="mono url">{{ h.url }}</strong><span class="spacer"></span>
                    <label class="check small"><input type="checkbox" [checked]="h.active" (change)="toggle(h)" [attr.aria-label]="'Active: ' + h.url" /> active</label>
                    <button type="button" class="btn sm" (click)="test(h)"><lw-icon name="send" [size]="16" /> Test</button>
                    <button type="button" class="btn sm" (click)="showDeliveries(h)">Deliveries</button>
                    <button type="button" class="btn ghost icon sm" [attr.aria-label]="'Delete webhook ' + h.url" (click)="remove(h)"><lw-icon name="delete" [size]="18" /></button>
                  </div>
                  <div class="muted small">{{ h.kinds.length ? h.kinds.join(', ') : 'every kind' }} · added {{ h.created_at | relative }}</div>
                  @if (deliveriesOf() === h.id) {
                    <table class="table small">
                      <caption class="sr-only">Deliveries of {{ h.url }}</caption>
                      <thead><tr><th scope="col">When</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Time</th></tr></thead>
                      <tbody>
                        @for (d of deliveries(); track d.id) {
                          <tr><td>{{ d.attempted_at | relative }}</td><td>{{ d.kind }}</td><td [class.bad]="!d.status_code || d.status_code >= 400">{{ d.status_code ?? d.error }}</td><td>{{ d.duration_ms?.toFixed(0) ?? '—' }} ms</td></tr>
                        }
                        @if (!deliveries().length) { <tr><td colspan="4" class="muted">Nothing delivered yet.</td></tr> }
                      </tbody>
                    </table>
                  }
                </li>
              }
            </ul>
          } @else { <p class="muted">No webhooks: notifications only reach the bell.</p> }
        </section>
        <form class="card stack" (submit)="$event.preventDefault(); add()" aria-labelledby="add-title">
          <h2 id="add-title">Add a webhook</h2>
          <label class="field">URL <input class="input mono" type="url" name="url" [(ngModel)]="url" placeholder="https://hooks.example.com/llmworks" required data-testid="webhook-url" /></label>
          <fieldset class="kinds"><legend class="small">Send when</legend>
            @for (k of kinds; track k.value) {
              <label class="check"><input type="checkbox" [checked]="chosen().includes(k.value)" (change)="pick(k.value)" /> {{ k.label }}</label>
            }
            <p class="muted small">None ticked: every kind.</p>
          </fieldset>
          @if (formError()) { <div class="alert danger small" role="alert">{{ formError() }}</div> }
          @if (secret(); as s) {
            <div class="alert ok small" role="status" data-testid="webhook-secret">Signing secret (shown once): <code class="mono">{{ s }}</code></div>
          }
          <div><button class="btn primary" type="submit" [disabled]="!url || session.projectId() === null"><lw-icon name="add" [size]="18" /> Add webhook</button></div>
        </form>
      </div>
    </div>`,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.5fr) minmax(300px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .hooks { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 14px; }
    .hooks li { border-bottom: 1px solid var(--border); padding-bottom: 10px; }
    .row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .spacer { flex: 1; }
    .url { overflow-wrap: anywhere; }
    .stack { display: flex; flex-direction: column; gap: 12px; }
    .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; color: var(--text-2); }
    .kinds { display: flex; flex-direction: column; gap: 6px; border: 1px solid var(--border); border-radius: var(--radius); padding: 8px 12px; }
    .check { display: inline-flex; gap: 6px; align-items: center; }
    td.bad { color: var(--danger); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettingsPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly kinds = KINDS;
  protected readonly hooks = signal<Webhook[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly chosen = signal<string[]>(['job.failed']);
  protected readonly formError = signal<string | null>(null);
  protected readonly secret = signal<string | null>(null);
  protected readonly deliveriesOf = signal<number | null>(null);
  protected readonly deliveries = signal<Delivery[]>([]);
  protected url = '';

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => { this.secret.set(null); this.deliveriesOf.set(null); void this.load(project); });
    });
  }

  private async load(project: number | null): Promise<void> {
    if (project === null) return;
    try {
      this.hooks.set((await this.api.get<Page<Webhook>>('/api/webhooks', { project_id: project, limit: 100 })).items);
      this.error.set(null);
    } catch (err) {
      const e = ApiError.from(err);
      this.error.set(e.status === 404 ? 'Webhooks need the llmworks-webhook plugin: pip install llmworks-webhook' : e.summary);
    }
  }

  protected pick(kind: string): void {
    this.chosen.update((k) => (k.includes(kind) ? k.filter((x) => x !== kind) : [...k, kind]));
  }

  protected async add(): Promise<void> {
    this.formError.set(null);
    try {
      const h = await this.api.post<WebhookCreated>('/api/webhooks', { project_id: this.session.projectId(), url: this.url, kinds: this.chosen() });
      this.secret.set(h.secret);
      this.url = '';
      await this.load(this.session.projectId());
    } catch (err) {
      this.formError.set(ApiError.from(err).summary);
    }
  }

  protected async toggle(h: Webhook): Promise<void> {
    try {
      await this.api.patch(`/api/webhooks/${h.id}`, { active: !h.active });
      await this.load(this.session.projectId());
    } catch (err) {
      this.toasts.error('Not changed', ApiError.from(err).summary);
    }
  }

  protected async test(h: Webhook): Promise<void> {
    try {
      const r = await this.api.post<{ status_code: number | null; error: string | null }>(`/api/webhooks/${h.id}/test`);
      if (r.status_code && r.status_code < 400) this.toasts.success('Test delivered', `${h.url} answered ${r.status_code}`);
      else this.toasts.error('Test not delivered', r.error ?? `${h.url} answered ${r.status_code}`);
      if (this.deliveriesOf() === h.id) await this.showDeliveries(h, true);
    } catch (err) {
      this.toasts.error('Test failed', ApiError.from(err).summary);
    }
  }

  protected async showDeliveries(h: Webhook, keepOpen = false): Promise<void> {
    if (this.deliveriesOf() === h.id && !keepOpen) { this.deliveriesOf.set(null); return; }
    this.deliveriesOf.set(h.id);
    try {
      this.deliveries.set((await this.api.get<Page<Delivery>>(`/api/webhooks/${h.id}/deliveries`, { limit: 20 })).items);
    } catch (err) {
      this.deliveries.set([]);
      this.toasts.error('No delivery log', ApiError.from(err).summary);
    }
  }

  protected async remove(h: Webhook): Promise<void> {
    try {
      await this.api.delete(`/api/webhooks/${h.id}`);
      await this.load(this.session.projectId());
    } catch (err) {
      this.toasts.error('Not deleted', ApiError.from(err).summary);
    }
  }
}
