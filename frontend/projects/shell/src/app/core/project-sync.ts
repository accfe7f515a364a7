import { Injectable, inject } from '@angular/core';
import { ApiClient, EventStream, ProjectRef, SessionStore } from '@llmworks/ui-kit';
import { Subscription, debounceTime } from 'rxjs';
import { AuthService } from './auth.service';

/** Kernel events after which the signed-in user's project list may differ. */
export const PROJECT_LIST_EVENTS = ['project.created', 'project.updated', 'project.deleted', 'membership.changed'];

/**
 * Keeps the header's project list current: it is read again (`/api/auth/me`) when the kernel
 * reports a project created, renamed or deleted or a membership changed, and right after the
 * UI itself creates a project; never only once at sign-in.
 */
@Injectable({ providedIn: 'root' })
export class ProjectSync {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly events = inject(EventStream);
  private readonly session = inject(SessionStore);
  private sub: Subscription | null = null;

  start(): void {
    if (this.sub) return;
    this.sub = this.events.on(...PROJECT_LIST_EVENTS).pipe(debounceTime(100)).subscribe(() => {
      this.auth.refresh().catch((err) => console.warn('llmworks: could not reload the project list', err));
    });
  }

  stop(): void {
    this.sub?.unsubscribe();
    this.sub = null;
  }

  /** Creates a project (I become its maintainer), reloads the list and switches to it. */
  async create(name: string): Promise<ProjectRef> {
    const project = await this.api.post<ProjectRef>('/api/projects', { name });
    await this.auth.refresh();
    this.session.selectProject(project.id);
    this.api.patch('/api/auth/me/preferences', { project_id: project.id }).catch(() => undefined);
    return project;
  }
}
