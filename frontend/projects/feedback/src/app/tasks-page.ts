import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, EmptyState, SessionStore } from '@llmworks/ui-kit';
import type { TaskSummary } from '@llmworks/api-client';

/** The campaigns the signed-in user annotates, with their progress. */
@Component({
  selector: 'lw-annotation-tasks',
  imports: [RouterLink, EmptyState],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>Annotate</h1><p class="subtitle">Campaigns you annotate in {{ session.project()?.name ?? 'your projects' }}.</p></div></div>
      @if (tasks().length) {
        <section class="card flush">
          <table class="table">
            <caption class="sr-only">My annotation campaigns</caption>
            <thead><tr><th>Campaign</th><th>Tasks</th><th>Progress</th></tr></thead>
            <tbody>
              @for (t of tasks(); track t.campaign_id) {
                <tr><td><a [routerLink]="['/annotate', t.campaign_id]" [attr.data-campaign]="t.campaign_id"><strong>{{ t.name }}</strong></a></td>
                  <td class="small">{{ t.tasks.join(', ') }}</td>
                  <td><progress [value]="t.done" [max]="t.total" [attr.aria-label]="'Progress of ' + t.name"></progress> <span class="mono small">{{ t.done }}/{{ t.total }}</span></td></tr>
              }
            </tbody>
          </table>
        </section>
      } @else if (loaded()) {
        <lw-empty-state icon="rate_review" title="Nothing to annotate" hint="A maintainer adds you to a campaign; it then appears here." />
      }
    </div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksPage {
  private readonly api = inject(ApiClient);
  protected readonly session = inject(SessionStore);
  protected readonly tasks = signal<TaskSummary[]>([]);
  protected readonly loaded = signal(false);

  async ngOnInit(): Promise<void> {
    try {
      this.tasks.set(await this.api.get<TaskSummary[]>('/api/feedback/tasks', { project_id: this.session.projectId() ?? undefined }));
    } finally {
      this.loaded.set(true);
    }
  }
}
