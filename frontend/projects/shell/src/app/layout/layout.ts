import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { toSignal } from '@angular/core/rxjs-interop';
import { filter, map } from 'rxjs';
import { EventStream, Icon, SessionStore, ThemeService, ToastService } from '@llmworks/ui-kit';
import { AuthService } from '../core/auth.service';
import { PluginLoader } from '../core/plugin-loader';
import { Startup } from '../core/startup';
import { NotificationBell } from './notification-bell';
import { ProjectSwitcher } from './project-switcher';

@Component({
  selector: 'lw-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, Icon, NotificationBell, ProjectSwitcher],
  templateUrl: './layout.html',
  styleUrl: './layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Layout {
  protected readonly session = inject(SessionStore);
  protected readonly plugins = inject(PluginLoader);
  protected readonly theme = inject(ThemeService);
  protected readonly events = inject(EventStream);
  private readonly auth = inject(AuthService);
  private readonly startup = inject(Startup);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);

  protected readonly navOpen = signal(false);
  protected readonly userMenu = signal(false);
  protected readonly failures = computed(() => this.plugins.serverFailed().length + this.plugins.remotes().filter((r) => r.status === 'failed').length);
  protected readonly initials = computed(() => (this.session.user()?.username ?? '?').slice(0, 2).toUpperCase());

  constructor() {
    // Close the drawer on phones after each navigation.
    toSignal(this.router.events.pipe(filter((e) => e instanceof NavigationEnd), map(() => this.navOpen.set(false))));
  }

  protected async toggleTheme(): Promise<void> {
    const next = this.theme.theme() === 'dark' ? 'light' : 'dark';
    try {
      await this.auth.setTheme(next);
    } catch (err) {
      this.toasts.apiError(err, 'Theme saved only in this browser');
    }
  }

  protected async logout(): Promise<void> {
    this.userMenu.set(false);
    try { await this.startup.logout(); } catch { /* session is cleared anyway */ }
    await this.router.navigateByUrl('/login');
  }
}
