import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ApiClient, Icon, SessionStore } from '@llmworks/ui-kit';

/** The selected project, which scopes what plugin pages list (`project_id`). */
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
    }`,
  styles: `
    .switcher { position: relative; display: inline-flex; align-items: center; gap: 6px; height: 34px; padding: 0 8px 0 10px; border-radius: var(--radius);
      border: 1px solid var(--border); background: var(--surface-2); color: var(--text-2); }
    .switcher:focus-within { box-shadow: var(--focus); }
    select { appearance: none; border: 0; background: transparent; color: var(--text); font: inherit; font-weight: 600; padding-right: 18px;
      max-width: 180px; cursor: pointer; outline: none; }
    select option { background: var(--surface); color: var(--text); }
    .chev { position: absolute; right: 6px; pointer-events: none; }
    @media (max-width: 560px) { select { max-width: 110px; } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectSwitcher {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(ApiClient);

  /** Switches now and remembers the choice for this user (a failure only loses the memory). */
  protected select(id: string): void {
    this.session.selectProject(id);
    this.api.patch('/api/auth/me/preferences', { project_id: Number(id) }).catch(() => undefined);
  }
}
