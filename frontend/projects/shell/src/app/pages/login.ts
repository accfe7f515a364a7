import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { ApiError, FormControlDirective, FormField, Icon, ThemeService } from '@llmworks/ui-kit';
import { AuthService } from '../core/auth.service';
import { Startup } from '../core/startup';

@Component({
  selector: 'lw-login',
  imports: [FormsModule, FormField, FormControlDirective, Icon],
  template: `
    <main class="wrap">
      <section class="card login" aria-labelledby="login-title">
        <div class="brand">
          <svg viewBox="0 0 32 32" width="40" height="40" aria-hidden="true"><defs><linearGradient id="lgg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#6366f1"/><stop offset="1" stop-color="#06b6d4"/></linearGradient></defs><rect width="32" height="32" rx="8" fill="url(#lgg)"/><path d="M9 22V10m0 12h6M17 10l3 12 3-12" stroke="#fff" stroke-width="2.6" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>
          <div>
            <h1 id="login-title">Sign in to llmworks</h1>
            <p class="muted">Customise, evaluate and serve language models on your own hardware.</p>
          </div>
        </div>
        <form (ngSubmit)="submit()" class="stack" novalidate>
          @if (error()) {
            <div class="alert danger" role="alert"><lw-icon name="error" /><span>{{ error() }}</span></div>
          }
          <lw-form-field label="Username" [error]="fieldErrors()['username']">
            <input lwControl class="input" name="username" autocomplete="username" [(ngModel)]="username" required autofocus />
          </lw-form-field>
          <lw-form-field label="Password" [error]="fieldErrors()['password']">
            <input lwControl class="input" name="password" type="password" autocomplete="current-password" [(ngModel)]="password" required />
          </lw-form-field>
          <button class="btn primary submit" type="submit" [disabled]="busy() || !username || !password">
            @if (busy()) { <lw-icon name="progress_activity" class="spin" /> Signing in… } @else { Sign in }
          </button>
        </form>
      </section>
      <button type="button" class="btn ghost icon theme" [attr.aria-label]="theme.theme() === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'" (click)="theme.toggle()">
        <lw-icon [name]="theme.theme() === 'dark' ? 'light_mode' : 'dark_mode'" />
      </button>
    </main>`,
  styles: `
    .wrap { min-height: 100vh; display: grid; place-items: center; padding: 24px 16px;
      background: radial-gradient(1200px 600px at 10% -10%, color-mix(in srgb, var(--accent) 22%, transparent), transparent 60%),
                  radial-gradient(900px 500px at 110% 110%, color-mix(in srgb, #06b6d4 18%, transparent), transparent 60%), var(--bg); }
    .login { width: min(420px, 100%); padding: 28px; box-shadow: var(--shadow-lg); }
    .brand { display: flex; gap: 14px; align-items: flex-start; margin-bottom: 24px; }
    .brand h1 { font-size: 20px; margin-bottom: 4px; }
    .submit { height: 40px; margin-top: 4px; }
    .theme { position: fixed; top: 12px; right: 12px; }
    .spin { animation: spin 1s linear infinite; } @keyframes spin { to { transform: rotate(360deg); } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly startup = inject(Startup);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly theme = inject(ThemeService);
  protected username = '';
  protected password = '';
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly fieldErrors = signal<Record<string, string>>({});

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    this.fieldErrors.set({});
    try {
      await this.auth.login(this.username.trim(), this.password);
      await this.startup.afterLogin();
      const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
      await this.router.navigateByUrl(returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/');
    } catch (err) {
      const e = ApiError.from(err);
      this.fieldErrors.set(e.fieldErrors());
      this.error.set(e.status === 401 ? 'Wrong username or password.' : e.summary);
    } finally {
      this.busy.set(false);
    }
  }
}
