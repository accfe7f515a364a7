import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LlmworksClient, type EmailPreferencesIn, type EmailPreferencesOut, type ServerOut, type TestOut } from '@llmworks/api-client';
import {
  ApiError, FormControlDirective, FormField, Icon, RelativeTimePipe, ServerErrors, SessionStore, apiClient,
} from '@llmworks/ui-kit';
import { KINDS, SECURITIES, type Security, type ServerDraft, bodyOf, draftFrom, portFor, toggleKind } from './server-draft';

/** A result line under a form: what was done, or why the server refused it. */
interface Outcome { ok: boolean; text: string }

const SERVER_FIELDS = ['host', 'port', 'security', 'username', 'password', 'from_address', 'timeout_seconds', 'enabled'];

/**
 * E-mail notifications: every user picks the notification kinds mailed to their account's
 * address; administrators set the SMTP server the mails go through (the API answers 403 to
 * anyone else, so the form is shown to administrators only) and send themselves a test e-mail.
 */
@Component({
  selector: 'lw-email-page',
  imports: [FormsModule, FormField, FormControlDirective, Icon, RelativeTimePipe],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>E-mail notifications</h1>
        <p class="subtitle">Notifications reach the bell in the header; here you also get them by e-mail. Nobody receives e-mail without opting in.</p></div></div>

      <section class="card stack" aria-labelledby="prefs-title">
        <h2 id="prefs-title">Your e-mail notifications</h2>
        @if (prefsError()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ prefsError() }}</div> }
        @if (prefs(); as p) {
          <dl class="facts">
            <dt>Sent to</dt>
            <dd data-testid="email-address">
              @if (p.email) { <strong class="mono">{{ p.email }}</strong> }
              @else { <span class="bad">Your account has no e-mail address, so nothing is mailed to you.</span>
                <span class="muted small"> An administrator sets it (user administration: <code>PATCH /api/users/{{ session.user()?.id }}</code> with <code>{{ emailExample }}</code>).</span> }
            </dd>
            <dt>SMTP server</dt>
            <dd data-testid="server-state">
              @if (p.server_configured) { <span class="chip ok"><lw-icon name="check_circle" [size]="14" /> <span>configured</span></span> }
              @else { <span class="chip warn"><lw-icon name="warning" [size]="14" /> <span>not configured</span></span>
                <span class="muted small"> {{ session.isAdmin() ? 'set one up below' : 'the administrators have not set one up' }}: no e-mail is sent yet.</span> }
            </dd>
          </dl>
          <fieldset class="kinds">
            <legend>E-mail me when</legend>
            @for (k of kinds; track k.value) {
              <label class="check"><input type="checkbox" [checked]="chosen().includes(k.value)" (change)="pick(k.value, $any($event.target).checked)" />
                <span>{{ k.label }} <span class="muted small mono">{{ k.value }}</span></span></label>
            }
          </fieldset>
          <div class="row">
            <button type="button" class="btn primary" [disabled]="busy() || !changed()" (click)="savePreferences()"><lw-icon name="save" [size]="18" /> Save</button>
            @if (prefsOutcome(); as o) {
              <span [class]="o.ok ? 'outcome ok' : 'outcome bad'" [attr.role]="o.ok ? 'status' : 'alert'">
                <lw-icon [name]="o.ok ? 'check_circle' : 'error'" [size]="16" /> {{ o.text }}</span>
            }
          </div>
        } @else if (!prefsError()) {
          <div class="skeleton" style="height: 120px"></div>
        }
      </section>

      @if (session.isAdmin()) {
        <section class="card stack" aria-labelledby="server-title">
          <header><h2 id="server-title">SMTP server</h2><span class="spacer"></span>
            @if (server(); as s) {
              @if (s.configured) {
                <span class="chip" [class.ok]="s.enabled" [class.warn]="!s.enabled">{{ s.enabled ? 'enabled' : 'disabled' }}</span>
                @if (s.updated_at) { <span class="muted small">updated {{ s.updated_at | relative }}</span> }
              } @else { <span class="chip warn">not configured</span> }
            }
          </header>
          <p class="muted small">Administrators only. Every e-mail goes through this server; without one, nothing is sent.</p>
          @if (serverLoadError()) { <div class="alert danger" role="alert"><lw-icon name="error" /> {{ serverLoadError() }}</div> }
          <form class="stack" (submit)="$event.preventDefault(); saveServer()" aria-label="SMTP server settings">
            <div class="grid cols-3">
              <lw-form-field label="Host" [required]="true" [error]="errors.for('host')">
                <input lwControl class="input mono" name="host" [(ngModel)]="draft.host" placeholder="smtp.example.com" autocomplete="off" /></lw-form-field>
              <lw-form-field label="Port" [error]="errors.for('port')">
                <input lwControl class="input" type="number" min="1" max="65535" name="port" [(ngModel)]="draft.port" /></lw-form-field>
              <lw-form-field label="Security" [error]="errors.for('security')">
                <select lwControl class="input" name="security" [ngModel]="draft.security" (ngModelChange)="pickSecurity($event)">
                  @for (s of securities; track s.value) { <option [value]="s.value">{{ s.label }}</option> }
                </select></lw-form-field>
              <lw-form-field label="Username" hint="Blank: no login." [error]="errors.for('username')">
                <input lwControl class="input" name="username" [(ngModel)]="draft.username" autocomplete="off" /></lw-form-field>
              <lw-form-field label="Password" [hint]="passwordHint()" [error]="errors.for('password')">
                <input lwControl class="input" type="password" name="password" [(ngModel)]="draft.password" autocomplete="new-password"
                  [disabled]="draft.removePassword" [placeholder]="server()?.password_set ? '•••••••• (stored)' : ''" /></lw-form-field>
              <lw-form-field label="From address" [required]="true" [error]="errors.for('from_address')">
                <input lwControl class="input mono" type="email" name="from_address" [(ngModel)]="draft.from_address" placeholder="llmworks@example.com" /></lw-form-field>
              <lw-form-field label="Timeout (seconds)" [error]="errors.for('timeout_seconds')">
                <input lwControl class="input" type="number" min="1" max="120" step="1" name="timeout_seconds" [(ngModel)]="draft.timeout_seconds" /></lw-form-field>
            </div>
            <div class="row">
              <label class="check"><input type="checkbox" name="enabled" [(ngModel)]="draft.enabled" /> Enabled (send e-mail)</label>
              @if (server()?.password_set) {
                <label class="check"><input type="checkbox" name="removePassword" [(ngModel)]="draft.removePassword" /> Remove the stored password</label>
              }
            </div>
            @for (m of errors.general(serverFields); track m) { <div class="alert danger small" role="alert"><lw-icon name="error" [size]="18" /> {{ m }}</div> }
            <div class="row">
              <button type="submit" class="btn primary" [disabled]="busy() || !draft.host || !draft.from_address"><lw-icon name="save" [size]="18" /> Save</button>
              <button type="button" class="btn" [disabled]="busy() || !server()?.configured" (click)="sendTest()"><lw-icon name="send" [size]="18" /> Send a test e-mail to me</button>
              <span class="spacer"></span>
              <button type="button" class="btn danger" [disabled]="busy() || !server()?.configured" (click)="removeServer()"><lw-icon name="delete" [size]="18" /> Remove server</button>
            </div>
            @if (serverOutcome(); as o) {
              <div [class]="o.ok ? 'outcome ok' : 'outcome bad'" [attr.role]="o.ok ? 'status' : 'alert'" data-testid="server-outcome">
                <lw-icon [name]="o.ok ? 'check_circle' : 'error'" [size]="16" /> {{ o.text }}</div>
            }
          </form>
        </section>
      }
    </div>`,
  styles: `
    .facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 8px 16px; margin: 0; align-items: baseline; }
    .facts dt { color: var(--text-2); font-weight: 550; }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .kinds { display: flex; flex-direction: column; gap: 8px; border: 1px solid var(--border); border-radius: var(--radius); padding: 10px 14px; margin: 0; }
    .kinds legend { padding: 0 4px; color: var(--text-2); font-size: 13px; }
    .outcome { display: inline-flex; gap: 6px; align-items: center; overflow-wrap: anywhere; }
    .outcome.ok { color: var(--ok); }
    .outcome.bad, .bad { color: var(--danger); }
    @media (max-width: 720px) { .facts { grid-template-columns: minmax(0, 1fr); gap: 2px; } .facts dd { margin-bottom: 8px; } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailPage {
  private readonly api = apiClient(LlmworksClient);
  protected readonly session = inject(SessionStore);
  protected readonly kinds = KINDS;
  protected readonly securities = SECURITIES;
  protected readonly serverFields = SERVER_FIELDS;
  protected readonly emailExample = '{"email": "you@example.com"}';

  protected readonly prefs = signal<EmailPreferencesOut | null>(null);
  protected readonly chosen = signal<string[]>([]);
  protected readonly prefsError = signal<string | null>(null);
  protected readonly prefsOutcome = signal<Outcome | null>(null);

  protected readonly server = signal<ServerOut | null>(null);
  protected readonly serverLoadError = signal<string | null>(null);
  protected readonly serverOutcome = signal<Outcome | null>(null);
  protected readonly errors = new ServerErrors();
  protected draft: ServerDraft = draftFrom(null);

  protected readonly busy = signal(false);

  constructor() {
    void this.loadPreferences();
    effect(() => {
      const admin = this.session.isAdmin();
      untracked(() => { if (admin) void this.loadServer(); });
    });
  }

  protected changed(): boolean {
    const saved = this.prefs()?.kinds ?? [];
    const now = this.chosen();
    return saved.length !== now.length || now.some((k) => !saved.includes(k));
  }

  protected passwordHint(): string {
    if (this.draft.removePassword) return 'The stored password is removed on save.';
    return this.server()?.password_set ? 'A password is stored: leave blank to keep it.' : 'Blank: no password.';
  }

  private async loadPreferences(): Promise<void> {
    try {
      const p = await this.api.email.getPreferences();
      this.prefs.set(p);
      this.chosen.set(p.kinds);
      this.prefsError.set(null);
    } catch (err) {
      this.prefsError.set(ApiError.from(err).summary);
    }
  }

  private async loadServer(): Promise<void> {
    try {
      this.setServer(await this.api.email.getServer());
      this.serverLoadError.set(null);
    } catch (err) {
      this.serverLoadError.set(ApiError.from(err).summary);
    }
  }

  private setServer(s: ServerOut): void {
    this.server.set(s);
    this.draft = draftFrom(s);
    // the preferences show whether a server is set
    const p = this.prefs();
    if (p && p.server_configured !== s.configured) this.prefs.set({ ...p, server_configured: s.configured });
  }

  protected pick(kind: string, on: boolean): void {
    this.chosen.update((k) => toggleKind(k, kind, on));
    this.prefsOutcome.set(null);
  }

  protected pickSecurity(security: Security): void {
    this.draft = { ...this.draft, security, port: portFor(security, this.draft.port) };
  }

  protected async savePreferences(): Promise<void> {
    await this.run(async () => {
      try {
        const p = await this.api.email.putPreferences({ body: { kinds: this.chosen() as EmailPreferencesIn['kinds'] } });
        this.prefs.set(p);
        this.chosen.set(p.kinds);
        const labels = KINDS.filter((k) => p.kinds.includes(k.value)).map((k) => k.label.toLowerCase());
        this.prefsOutcome.set({ ok: true, text: labels.length ? `Saved: e-mail when ${labels.join(', ')}.` : 'Saved: no e-mail.' });
      } catch (err) {
        this.prefsOutcome.set({ ok: false, text: ApiError.from(err).summary });
      }
    });
  }

  protected async saveServer(): Promise<void> {
    this.errors.clear();
    this.serverOutcome.set(null);
    await this.run(async () => {
      try {
        this.setServer(await this.api.email.putServer({ body: bodyOf(this.draft) }));
        this.serverOutcome.set({ ok: true, text: 'SMTP server saved.' });
      } catch (err) {
        this.errors.set(err);
      }
    });
  }

  protected async removeServer(): Promise<void> {
    if (!confirm('Remove the SMTP server? No e-mail is sent until one is set again.')) return;
    this.errors.clear();
    await this.run(async () => {
      try {
        this.setServer(await this.api.email.deleteServer());
        this.serverOutcome.set({ ok: true, text: 'SMTP server removed: no e-mail is sent.' });
      } catch (err) {
        this.serverOutcome.set({ ok: false, text: ApiError.from(err).summary });
      }
    });
  }

  protected async sendTest(): Promise<void> {
    this.serverOutcome.set(null);
    await this.run(async () => {
      try {
        const r: TestOut = await this.api.email.testServer();
        this.serverOutcome.set(r.sent
          ? { ok: true, text: `Test e-mail sent to ${r.to}.` }
          : { ok: false, text: `Not sent to ${r.to}: ${r.error ?? 'the server refused it'}` });
      } catch (err) {
        this.serverOutcome.set({ ok: false, text: ApiError.from(err).summary });
      }
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await action();
    } finally {
      this.busy.set(false);
    }
  }
}
