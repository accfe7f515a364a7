import { Injectable, inject } from '@angular/core';
import { ApiClient, ApiError, CurrentUser, EventStream, SessionStore, Theme, ThemeService } from '@llmworks/ui-kit';

/** Sign-in, sign-out and the signed-in user's preferences (`/api/auth/*`). */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly theme = inject(ThemeService);
  private readonly events = inject(EventStream);

  /** The current user, or null when there is no valid session cookie. */
  async restore(): Promise<CurrentUser | null> {
    try {
      const user = await this.api.get<CurrentUser>('/api/auth/me');
      this.adopt(user);
      return user;
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        this.session.clear();
        return null;
      }
      throw err;
    }
  }

  async login(username: string, password: string): Promise<CurrentUser> {
    await this.api.post('/api/auth/login', { username, password });
    const user = await this.api.get<CurrentUser>('/api/auth/me');
    this.adopt(user);
    return user;
  }

  async logout(): Promise<void> {
    try {
      await this.api.post('/api/auth/logout');
    } finally {
      this.events.disconnect();
      this.session.clear();
    }
  }

  /** Reads the user again (its projects may have changed); keeps the selected project when it
   * is still listed, else the session store falls back to the first one. */
  async refresh(): Promise<void> {
    const user = await this.api.get<CurrentUser>('/api/auth/me');
    if (this.session.user()) this.session.user.set(user);
  }

  /** Switches the theme now and remembers it for this user on the server. */
  async setTheme(theme: Theme): Promise<void> {
    this.theme.set(theme);
    if (!this.session.user()) return;
    await this.api.patch('/api/auth/me/preferences', { theme });
    this.session.user.update((u) => (u ? { ...u, preferences: { ...(u.preferences ?? {}), theme } } : u));
  }

  private adopt(user: CurrentUser): void {
    this.session.user.set(user);
    // The project the user last selected (kept on the server), else the one with data: never
    // an empty "Default" while another project holds the user's work.
    const project = user.preferences?.project_id ?? user.default_project_id;
    if (project && user.projects.some((p) => p.id === project)) this.session.selectProject(project);
    const preferred = user.preferences?.theme;
    if (preferred === 'dark' || preferred === 'light') this.theme.set(preferred);
  }
}
