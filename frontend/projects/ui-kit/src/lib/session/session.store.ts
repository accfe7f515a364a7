import { Injectable, computed, signal } from '@angular/core';
import { CurrentUser, ProjectRef } from '../api/types';

const PROJECT_KEY = 'llmworks.project';

/**
 * Who is signed in and which project is selected. The shell fills it; plugin pages read it
 * (a singleton shared through native federation, so every remote sees the same instance).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  readonly user = signal<CurrentUser | null>(null);
  private readonly selectedProjectId = signal<string | null>(readStoredProject());

  readonly projects = computed<ProjectRef[]>(() => this.user()?.projects ?? []);
  readonly project = computed<ProjectRef | null>(() => {
    const projects = this.projects();
    const id = this.selectedProjectId();
    return projects.find((p) => String(p.id) === id) ?? projects[0] ?? null;
  });
  /** The selected project's id, ready for a `project_id` query parameter. */
  readonly projectId = computed(() => this.project()?.id ?? null);
  readonly isAdmin = computed(() => this.user()?.role === 'admin');

  selectProject(id: string | number): void {
    this.selectedProjectId.set(String(id));
    try { localStorage.setItem(PROJECT_KEY, String(id)); } catch { /* storage disabled */ }
  }

  clear(): void {
    this.user.set(null);
  }
}

function readStoredProject(): string | null {
  try { return localStorage.getItem(PROJECT_KEY); } catch { return null; }
}
