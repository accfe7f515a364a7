import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  ApiClient, ApiError, CellDef, Column, DataTable, Icon, Page, PageQuery, RelativeTimePipe, SessionStore, StatusBadge, ToastService,
  formatDuration, formatNumber,
} from '@llmworks/ui-kit';
import type { ExperimentOut as Experiment, RunOut as Run } from '@llmworks/api-client';
import { orderMetrics } from '../metric-order';

/** Runs of the project grouped by experiment: search, filter, tag, favourite, archive, pick runs to compare. */
@Component({
  selector: 'lw-experiments',
  imports: [FormsModule, RouterLink, DataTable, CellDef, Icon, StatusBadge, RelativeTimePipe],
  templateUrl: './experiments-page.html',
  styleUrl: './experiments-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExperimentsPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);

  protected readonly experiments = signal<Experiment[]>([]);
  protected readonly experimentId = signal<number | null>(null);
  protected readonly showArchivedExperiments = signal(false);
  protected readonly q = signal('');
  protected readonly status = signal('');
  protected readonly tag = signal('');
  protected readonly favouritesOnly = signal(false);
  protected readonly archived = signal<'false' | 'true' | 'all'>('false');
  protected readonly orderBy = signal('-created_at');
  protected readonly tick = signal(0);
  protected readonly selected = signal<number[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly filterKey = computed(() => [this.experimentId(), this.q(), this.status(), this.tag(), this.favouritesOnly(), this.archived(), this.orderBy(), this.tick()].join('|'));
  protected readonly columns: Column<Run>[] = [
    { key: 'select', label: '' },
    { key: 'name', label: 'Run' },
    { key: 'status', label: 'Status' },
    { key: 'metrics', label: 'Metrics', hideOnMobile: true },
    { key: 'tags', label: 'Tags', hideOnMobile: true },
    { key: 'created_at', label: 'Created', hideOnMobile: true },
    { key: 'actions', label: '', align: 'right' },
  ];
  protected readonly formatNumber = formatNumber;
  protected readonly formatDuration = formatDuration;

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      const archived = this.showArchivedExperiments();
      untracked(() => void this.loadExperiments(project, archived));
    });
  }

  private async loadExperiments(project: string | number | null, archived: boolean): Promise<void> {
    if (project === null) return;
    try {
      const page = await this.api.get<Page<Experiment>>('/api/tracking/experiments', { project_id: project, archived, limit: 200 });
      this.experiments.set(page.items);
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected readonly load = (query: PageQuery): Promise<Page<Run>> => {
    const project = this.session.projectId();
    if (project === null) return Promise.resolve({ items: [], total: 0, limit: query.limit, offset: query.offset });
    return this.api.get<Page<Run>>('/api/tracking/runs', {
      project_id: project, limit: query.limit, offset: query.offset, experiment_id: this.experimentId() ?? undefined,
      q: this.q(), status: this.status(), tag: this.tag() ? [this.tag()] : undefined, favourite: this.favouritesOnly() ? true : undefined,
      archived: this.archived(), order_by: this.orderBy(),
    });
  };

  protected topMetrics(run: Run): { key: string; value: string }[] {
    return orderMetrics(run.metrics.filter((m) => m.last !== null), (m) => m.key).slice(0, 4)
      .map((m) => ({ key: m.key, value: formatNumber(m.last) }));
  }

  protected toggleSelect(run: Run): void {
    this.selected.update((s) => (s.includes(run.id) ? s.filter((x) => x !== run.id) : [...s, run.id].slice(-20)));
  }

  protected compare(): void {
    void this.router.navigate(['/experiments/compare'], { queryParams: { runs: this.selected().join(',') } });
  }

  protected async patch(run: Run, body: Partial<Pick<Run, 'favourite' | 'archived'>>, message?: string): Promise<void> {
    try {
      await this.api.patch(`/api/tracking/runs/${run.id}`, body);
      if (message) this.toasts.success(message, run.name);
      this.tick.update((t) => t + 1);
    } catch (err) {
      this.toasts.apiError(err, 'Could not update the run');
    }
  }

  protected async addTag(run: Run, input: HTMLInputElement): Promise<void> {
    const tag = input.value.trim();
    if (!tag) return;
    try {
      await this.api.post(`/api/tracking/runs/${run.id}/tags`, { tags: [tag] });
      input.value = '';
      this.tick.update((t) => t + 1);
    } catch (err) {
      this.toasts.apiError(err, 'Could not add the tag');
    }
  }

  protected async removeTag(run: Run, tag: string): Promise<void> {
    try {
      await this.api.delete(`/api/tracking/runs/${run.id}/tags/${encodeURIComponent(tag)}`);
      this.tick.update((t) => t + 1);
    } catch (err) {
      this.toasts.apiError(err, 'Could not remove the tag');
    }
  }

  protected async archiveExperiment(e: Experiment): Promise<void> {
    try {
      await this.api.patch(`/api/tracking/experiments/${e.id}`, { archived: !e.archived });
      this.toasts.success(e.archived ? 'Experiment restored' : 'Experiment archived', e.name);
      if (this.experimentId() === e.id) this.experimentId.set(null);
      void this.loadExperiments(this.session.projectId(), this.showArchivedExperiments());
    } catch (err) {
      this.toasts.apiError(err, 'Could not archive the experiment');
    }
  }
}
