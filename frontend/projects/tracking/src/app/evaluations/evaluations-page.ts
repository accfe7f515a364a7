import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ApiClient, CellDef, Column, DataTable, EventStream, FormControlDirective, FormField, Icon, Page, PageQuery, RelativeTimePipe, ServerErrors,
  SessionStore, StatusBadge, ToastService, formatNumber,
} from '@llmworks/ui-kit';
import type { EvalDatasetOut as BuiltinSet, EvaluationOut as Evaluation, MetricOut as MetricInfo } from '@llmworks/api-client';

/** Evaluations of the project and the form to run a new one with chosen metrics. */
@Component({
  selector: 'lw-evaluations',
  imports: [FormsModule, RouterLink, DataTable, CellDef, FormField, FormControlDirective, Icon, StatusBadge, RelativeTimePipe],
  templateUrl: './evaluations-page.html',
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(300px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .metrics { display: flex; flex-wrap: wrap; gap: 6px; }
    .metric { display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px; border: 1px solid var(--border-strong); border-radius: 999px; cursor: pointer; font-size: 13px; }
    .metric:has(input:checked) { border-color: var(--accent); background: var(--accent-soft); color: var(--accent-fg); }
    .metric input { accent-color: var(--accent); }
    .scores { display: flex; flex-wrap: wrap; gap: 4px 10px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationsPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly errors = new ServerErrors();
  protected readonly tick = signal(0);
  protected readonly metrics = signal<MetricInfo[]>([]);
  protected readonly builtins = signal<BuiltinSet[]>([]);
  protected readonly busy = signal(false);
  protected model = 'base:llmworks-demo-tiny';
  protected name = '';
  protected source: 'builtin' | 'version' = 'builtin';
  protected builtin = '';
  protected versionId: number | null = null;
  protected maxExamples = 50;
  protected chosen = new Set<string>();
  protected readonly formatNumber = formatNumber;
  protected readonly columns: Column<Evaluation>[] = [
    { key: 'name', label: 'Evaluation' },
    { key: 'status', label: 'Status' },
    { key: 'results', label: 'Scores', hideOnMobile: true },
    { key: 'created_at', label: 'Created', hideOnMobile: true },
  ];

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.loadOptions(project));
    });
    inject(EventStream).on('job.*').pipe(takeUntilDestroyed()).subscribe(() => this.tick.update((t) => t + 1));
  }

  private async loadOptions(project: string | number | null): Promise<void> {
    const [metrics, builtins] = await Promise.allSettled([
      this.api.get<Page<MetricInfo>>('/api/metrics', { project_id: project ?? undefined, limit: 200 }),
      this.api.get<Page<BuiltinSet>>('/api/evaluations/datasets', { limit: 100 }),
    ]);
    if (metrics.status === 'fulfilled') this.metrics.set(metrics.value.items);
    if (builtins.status === 'fulfilled') {
      this.builtins.set(builtins.value.items);
      if (!this.builtin && builtins.value.items[0]) this.pickBuiltin(builtins.value.items[0].name);
    }
  }

  protected pickBuiltin(name: string): void {
    this.builtin = name;
    const set = this.builtins().find((b) => b.name === name);
    if (set) this.chosen = new Set(set.suggested_metrics);
  }

  protected toggle(metric: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(metric); else next.delete(metric);
    this.chosen = next;
  }

  protected readonly load = (q: PageQuery): Promise<Page<Evaluation>> =>
    this.api.get<Page<Evaluation>>('/api/evaluations', { project_id: this.session.projectId() ?? undefined, limit: q.limit, offset: q.offset });

  protected scores(e: Evaluation): { key: string; value: string }[] {
    return Object.entries(e.results ?? {}).filter(([, r]) => r.requested).map(([k, r]) => ({ key: k, value: formatNumber(r.score) }));
  }

  protected open(e: Evaluation): void {
    void this.router.navigate(['/evaluations', e.id]);
  }

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.errors.clear();
    try {
      const dataset = this.source === 'builtin' ? { builtin: this.builtin } : { version_id: this.versionId };
      const ev = await this.api.post<Evaluation>('/api/evaluations', {
        project_id: this.session.projectId(), name: this.name, model: this.model, dataset, metrics: [...this.chosen], max_examples: this.maxExamples,
      });
      this.toasts.success('Evaluation queued', ev.name || ev.model);
      await this.router.navigate(['/evaluations', ev.id]);
    } catch (err) {
      this.errors.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
