import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ApiClient, Icon, SessionStore, ToastService } from '@llmworks/ui-kit';
import { ProjectSync } from '../core/project-sync';

/** The selected project, which scopes what plugin pages list (`project_id`), and "New project". */
@Component({
  selector: 'lw-project-switcher',
  imports: [Icon],
  template: `
    @if (session.projects().length) {
      <label class="switcher">
        <lw-icon name="folder_open" [size]="18" />
        <span class="sr-only">Project</span>
        <select [value]="session.project()?.id" (change)="select($any($event.target).value)">
          @for (p of session.projects(); track p.id) {
            <option [value]="p.id" [selected]="p.id === session.project()?.id">{{ p.name }}</option>
          }
        </select>
        <lw-icon name="expand_more" [size]="18" class="chev" />
      </label>
    } @else {
      <span class="none muted small">No project</span>
    }
    @if (creating()) {
      <form class="new" (submit)="$event.preventDefault(); create(name.value)">
        <label class="sr-only" for="lw-new-project">New project name</label>
        <input #name id="lw-new-project" name="name" placeholder="New project name" maxlength="128" required autofocus
               [disabled]="busy()" (keydown.escape)="creating.set(false)" />
        <button type="submit" class="btn primary sm" [disabled]="busy()">Create</button>
        <button type="button" class="btn ghost sm" (click)="creating.set(false)">Cancel</button>
      </form>
    } @else {
      <button type="button" class="btn ghost icon add" title="New project" aria-label="New project" (click)="creating.set(true)">
        <lw-icon name="add" [size]="18" />
      </button>
    }`,
  styles: `
    .switcher { position: relative; display: inline-flex; align-items: center; gap: 6px; height: 34px; padding: 0 8px 0 10px; border-radius: var(--radius);
      border: 1px solid var(--border); background: var(--surface-2); color: var(--text-2); }
    .switcher:focus-within { box-shadow: var(--focus); }
    select { appearance: none; border: 0; background: transparent; color: var(--text); font: inherit; font-weight: 600; padding-right: 18px;
      max-width: 180px; cursor: pointer; outline: none; }
    select option { background: var(--surface); color: var(--text); }
    .chev { position: absolute; right: 6px; pointer-events: none; }
    .add { display: inline-grid; place-items: center; width: 34px; height: 34px; margin-left: 4px; border-radius: var(--radius);
      border: 1px solid var(--border); background: var(--surface-2); color: var(--text-2); cursor: pointer; }
    .add:hover { color: var(--text); }
    .add:focus-visible { box-shadow: var(--focus); outline: none; }
    .new { display: inline-flex; align-items: center; gap: 6px; margin-left: 6px; }
    .new input { height: 32px; padding: 0 8px; border-radius: var(--radius); border: 1px solid var(--border); background: var(--surface);
      color: var(--text); font: inherit; width: 180px; }
    :host { display: inline-flex; align-items: center; }
    @media (max-width: 560px) { select { max-width: 110px; } .new input { width: 120px; } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectSwitcher {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(ApiClient);
  private readonly sync = inject(ProjectSync);
  private readonly toasts = inject(ToastService);
  protected readonly creating = signal(false);
  protected readonly busy = signal(false);

  /** Switches now and remembers the choice for this user (a failure only loses the memory). */
  protected select(id: string): void {
    this.session.selectProject(id);
    this.api.patch('/api/auth/me/preferences', { project_id: Number(id) }).catch(() => undefined);
  }

  /** Creates the project, lists it and switches to it (the new project is selected at once). */
  protected async create(name: string): Promise<void> {
    if (!name.trim() || this.busy()) return;
    this.busy.set(true);
    try {
      await this.sync.create(name.trim());
      this.creating.set(false);
    } catch (err) {
      this.toasts.apiError(err, 'Could not create the project');
    } finally {
      this.busy.set(false);
    }
  }
}
