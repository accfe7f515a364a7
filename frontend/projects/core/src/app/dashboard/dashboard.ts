import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LlmworksClient, type JobOut } from '@llmworks/api-client';
import {
  ApiError, EmptyState, EventStream, Icon, JobProgress, KernelEvent, RelativeTimePipe, SessionStore, apiClient,
} from '@llmworks/ui-kit';
import { eventIcon, eventLink, eventText, eventTone, groupEvents } from './event-label';

/** One counter of `GET /api/dashboard` (each plugin contributes its own). */
interface Figure {
  name: string;
  label: string;
  value: number | null;
  link?: string | null;
  plugin?: string;
  error?: string | null;
}

/** `GET /api/dashboard` (an open object in the schema until its route declares a model). */
interface Dashboard {
  figures: Figure[];
  recent_events: KernelEvent[];
}

const FIGURE_ICONS: Record<string, string> = {
  datasets: 'dataset', dataset_versions: 'stacks', running_jobs: 'directions_run', queued_jobs: 'schedule', failed_jobs: 'error',
  custom_models: 'neurology', models: 'neurology', experiments: 'science', runs: 'science', routes: 'alt_route', deployments: 'rocket_launch',
  ab_tests: 'call_split', evaluations: 'fact_check', prompts: 'chat',
};

@Component({
  selector: 'lw-dashboard',
  imports: [RouterLink, Icon, EmptyState, JobProgress, RelativeTimePipe],
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly events = inject(EventStream);
  protected readonly session = inject(SessionStore);

  protected readonly figures = signal<Figure[]>([]);
  protected readonly jobs = signal<JobOut[]>([]);
  protected readonly activity = signal<KernelEvent[]>([]);
  /** Repeated events (a run's metric updates) as one line with a count. */
  protected readonly activityGroups = computed(() => groupEvents(this.activity()).slice(0, 12));
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

  protected figureIcon(f: Figure): string {
    return FIGURE_ICONS[f.name] ?? 'insights';
  }

  /** `/jobs?state=running` → router link + query params. */
  protected linkParts(link: string | null | undefined): { path: string; query: Record<string, string> } | null {
    if (!link) return null;
    const url = new URL(link, 'http://x');
    return { path: url.pathname, query: Object.fromEntries(url.searchParams.entries()) };
  }

  private async load(project: number | null): Promise<void> {
    try {
      const [dashboard, jobs] = await Promise.all([
        this.api.dashboard.dashboard({ project_id: project, events: 60 }) as Promise<unknown> as Promise<Dashboard>,
        this.api.jobs.listJobs({ project_id: project, limit: 6 }),
      ]);
      this.figures.set(dashboard.figures);
      this.jobs.set(jobs.items);
      this.activity.set(dashboard.recent_events.filter((e) => e.type !== 'job.progress'));
      this.error.set(null);
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
    this.activity.update((list) => [e, ...list].slice(0, 200));
    // Counts and the job list change with these: reload once the burst has passed.
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.load(this.session.projectId()), 600);
  }
}
