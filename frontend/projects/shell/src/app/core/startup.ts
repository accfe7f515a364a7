import { Injectable, inject } from '@angular/core';
import { EventStream } from '@llmworks/ui-kit';
import { AuthService } from './auth.service';
import { NotificationsStore } from './notifications.store';
import { PluginLoader } from './plugin-loader';
import { ProjectSync } from './project-sync';

/** What happens once a session exists: plugins, the live event stream, notifications. */
@Injectable({ providedIn: 'root' })
export class Startup {
  private readonly auth = inject(AuthService);
  private readonly plugins = inject(PluginLoader);
  private readonly events = inject(EventStream);
  private readonly notifications = inject(NotificationsStore);
  private readonly projects = inject(ProjectSync);

  /** App initializer: restore the session; never blocks the app from starting. */
  async init(): Promise<void> {
    try {
      if (await this.auth.restore()) await this.afterLogin();
    } catch (err) {
      console.error('llmworks: start-up failed', err);
    }
  }

  async afterLogin(): Promise<void> {
    this.events.connect();
    this.notifications.start();
    this.projects.start();
    await this.plugins.load();
  }

  async logout(): Promise<void> {
    this.notifications.stop();
    this.projects.stop();
    await this.auth.logout();
  }
}
