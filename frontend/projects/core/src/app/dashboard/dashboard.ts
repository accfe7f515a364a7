import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ApiClient, ApiError, EmptyState, EventStream, Icon, Job, JobProgress, KernelEvent, Page, RelativeTimePipe, SessionStore, StatusBadge,
} from '@llmworks/ui-kit';
import { eventIcon, eventLink, eventText, eventTone } from './event-label';

interface Stat {
  key: string;
  label: string;
  icon: string;
  link: string;
  /** A list endpoint with `{total}`; a 404 means the plugin that serves it is not installed. */
  url: string;
  query?: Record<string, string | number>;
  value: number | null;
  missing?: boolean;
}

const STATS: Omit<Stat, 'value'>[] = [
  { key: 'datasets', label: 'Datasets', icon: 'dataset', link: '/datasets', url: '/api/datasets' },
  { key: 'running', label: 'Running jobs', icon: 'directions_run', link: '/jobs', url: '/api/jobs', query: { state: 'running' } },
  { key: 'queued', label: 'Queued jobs', icon: 'schedule', link: '/jobs', url: '/api/jobs', query: { state: 'queued' } },
  { key: 'models', label: 'Custom models', icon: 'neurology', link: '/models', url: '/api/models', query: { custom: 'true' } },
];

@Component({
  selector: 'lw-dashboard',
  imports: [RouterLink, Icon, EmptyState, StatusBadge, JobProgress, RelativeTimePipe],
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(ApiClient);
  private readonly events = inject(EventStream);
  protected readonly session = inject(SessionStore);

  protected readonly stats = signal<Stat[]>(STATS.map((s) => ({ ...s, value: null })));
  protected readonly jobs = signal<Job[]>([]);
  protected readonly activity = signal<KernelEvent[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly greeting = computed(() => {
    const h = new Date().getHours();
    return `${h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening'}, ${this.session.user()?.username ?? ''}`;
  });
  protected readonly eventIcon = eventIcon;
  protected readonly eventText = eventText;
  protected readonly eventTone = eventTone;
  protected readonly eventLink = eventLink;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.load(project));
    });
    this.events.events$.pipe(takeUntilDestroyed()).subscribe((e) => this.onEvent(e));
    inject(DestroyRef).onDestroy(() => this.refreshTimer && clearTimeout(this.refreshTimer));
  }

  private async load(projectId: string | number | null): Promise<void> {
    const project = projectId ?? undefined;
    this.error.set(null);
    const statsTask = Promise.all(STATS.map(async (s) => {
      try {
        const page = await this.api.get<Page<unknown>>(s.url, { ...s.query, project_id: project, limit: 1 });
        return { ...s, value: page.total };
      } catch (err) {
        return { ...s, value: null, missing: err instanceof ApiError && err.status === 404 };
      }
    }));
    try {
      const [stats, jobs, events] = await Promise.all([
        statsTask,
        this.api.get<Page<Job>>('/api/jobs', { project_id: project, limit: 6 }),
        this.api.get<Page<KernelEvent>>('/api/events/history', { project_id: project, limit: 12 }),
      ]);
      this.stats.set(stats);
      this.jobs.set(jobs.items);
      this.activity.set(events.items.filter((e) => e.type !== 'job.progress'));
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    } finally {
      this.loading.set(false);
    }
  }

  private onEvent(e: KernelEvent): void {
    const project = this.session.projectId();
    if (project !== null && e.project_id !== null && e.project_id !== undefined && String(e.project_id) !== String(project)) return;
    if (e.type === 'job.progress') {
      this.jobs.update((list) => list.map((j) => (String(j.id) === String(e.subject_id) ? { ...j, progress: { ...j.progress, ...(e.data as object) } } : j)));
      return;
    }
    this.activity.update((list) => [e, ...list].slice(0, 12));
    // Counts and the job list change with these: reload once the burst has passed.
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.load(this.session.projectId()), 600);
  }
}
