import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ApiClient, CellDef, CodeViewer, Column, DataTable, FormControlDirective, FormField, Icon, Page, PageQuery, RelativeTimePipe,
  ServerErrors, SessionStore, StatusBadge, ToastService,
} from '@llmworks/ui-kit';
import type { BackendOut as Backend, RouteOut as InferenceRoute } from '@llmworks/api-client';
import { AbReport } from './ab-report';

interface AbVariant { id: number; name: string; route: string; weight: number; share: number }
interface AbTest { id: number; name: string; description: string; status: string; alpha: number; created_at: string; variants: AbVariant[] }

/** Routes (a model on a backend with default parameters) and A/B tests splitting traffic between them. */
@Component({
  selector: 'lw-routes-page',
  imports: [FormsModule, RouterLink, DataTable, CellDef, FormField, FormControlDirective, Icon, StatusBadge, RelativeTimePipe, CodeViewer, AbReport],
  templateUrl: './routes-page.html',
  styles: `
    .forms { display: grid; gap: 16px; grid-template-columns: repeat(2, minmax(0, 1fr)); }
    @media (max-width: 980px) { .forms { grid-template-columns: minmax(0, 1fr); } }
    .shares { display: flex; height: 10px; border-radius: 999px; overflow: hidden; min-width: 140px; background: var(--surface-3); }
    .shares span:nth-child(1) { background: var(--chart-1); } .shares span:nth-child(2) { background: var(--chart-2); }
    .shares span:nth-child(3) { background: var(--chart-3); } .shares span:nth-child(4) { background: var(--chart-4); }
    .variant { display: grid; grid-template-columns: 1fr 110px auto; gap: 8px; align-items: end; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoutesPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly tick = signal(0);
  protected readonly backends = signal<Backend[]>([]);
  protected readonly routeNames = signal<string[]>([]);
  protected readonly routeErrors = new ServerErrors();
  protected readonly testErrors = new ServerErrors();
  protected readonly busy = signal(false);
  protected readonly report = signal<{ test: string; body: unknown } | null>(null);
  protected route = { name: '', description: '', model: '', backend: 'pytorch', temperature: 0.7, max_new_tokens: 128 };
  protected test = { name: '', description: '', variants: [{ route: '', weight: 50 }, { route: '', weight: 50 }] };

  protected readonly routeColumns: Column<InferenceRoute>[] = [
    { key: 'name', label: 'Route', sortable: true },
    { key: 'model', label: 'Model', sortable: true, hideOnMobile: true },
    { key: 'backend', label: 'Backend', sortable: true },
    { key: 'created_at', label: 'Created', hideOnMobile: true },
    { key: 'actions', label: '', align: 'right' },
  ];
  protected readonly testColumns: Column<AbTest>[] = [
    { key: 'name', label: 'A/B test' },
    { key: 'variants', label: 'Traffic split' },
    { key: 'status', label: 'Status' },
    { key: 'actions', label: '', align: 'right' },
  ];

  constructor() {
    this.api.get<Page<Backend>>('/api/inference/backends', { limit: 50 }).then((p) => this.backends.set(p.items), () => this.backends.set([]));
  }

  protected readonly loadRoutes = async (q: PageQuery): Promise<Page<InferenceRoute>> => {
    const page = await this.api.get<Page<InferenceRoute>>('/api/inference/routes', { limit: q.limit, offset: q.offset, project_id: this.session.projectId() ?? undefined });
    if (q.offset === 0) this.routeNames.set(page.items.map((r) => r.name));
    return page;
  };

  protected readonly loadTests = (q: PageQuery): Promise<Page<AbTest>> =>
    this.api.get<Page<AbTest>>('/api/inference/ab-tests', { limit: q.limit, offset: q.offset, project_id: this.session.projectId() ?? undefined });

  protected async createRoute(): Promise<void> {
    await this.submit(this.routeErrors, async () => {
      const r = this.route;
      await this.api.post('/api/inference/routes', {
        project_id: this.session.projectId(), name: r.name, description: r.description, model: r.model, backend: r.backend,
        params: { temperature: r.temperature, max_new_tokens: r.max_new_tokens },
      });
      this.toasts.success('Route created', r.name);
      this.route = { ...this.route, name: '', description: '' };
    });
  }

  protected async createTest(): Promise<void> {
    await this.submit(this.testErrors, async () => {
      await this.api.post('/api/inference/ab-tests', { project_id: this.session.projectId(), ...this.test });
      this.toasts.success('A/B test started', this.test.name);
      this.test = { name: '', description: '', variants: [{ route: '', weight: 50 }, { route: '', weight: 50 }] };
    });
  }

  protected addVariant(): void {
    this.test.variants = [...this.test.variants, { route: '', weight: 10 }];
  }

  protected removeVariant(i: number): void {
    this.test.variants = this.test.variants.filter((_, j) => j !== i);
  }

  protected async deleteRoute(r: InferenceRoute): Promise<void> {
    if (!confirm(`Delete route ${r.name}?`)) return;
    try {
      await this.api.delete(`/api/inference/routes/${r.id}`);
      this.tick.update((t) => t + 1);
    } catch (err) {
      this.toasts.apiError(err, 'Could not delete the route');
    }
  }

  protected async toggleTest(t: AbTest): Promise<void> {
    try {
      await this.api.patch(`/api/inference/ab-tests/${t.id}`, { status: t.status === 'running' ? 'stopped' : 'running' });
      this.tick.update((x) => x + 1);
    } catch (err) {
      this.toasts.apiError(err, 'Could not change the test');
    }
  }

  protected async showReport(t: AbTest): Promise<void> {
    try {
      this.report.set({ test: t.name, body: await this.api.get(`/api/inference/ab-tests/${t.id}/report`) });
    } catch (err) {
      this.toasts.apiError(err, 'Could not load the report');
    }
  }

  private async submit(errors: ServerErrors, action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    errors.clear();
    try {
      await action();
      this.tick.update((t) => t + 1);
    } catch (err) {
      errors.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
