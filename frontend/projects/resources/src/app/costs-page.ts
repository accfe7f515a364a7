import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ApiClient, SessionStore, ToastService } from '@llmworks/ui-kit';
import type { CostSummaryOut, CostTotal, PricesOut as Prices } from '@llmworks/api-client';
import { BASE } from './api';
import { ResourcesNav } from './nav';

/** Cost and GPU-hours per project and month; the price table (administrators edit it). */
@Component({
  selector: 'lw-costs-page',
  imports: [FormsModule, ResourcesNav],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Costs</h1><p class="subtitle">What finished jobs cost, from the devices they held and the price table.</p></div>
        <lw-resources-nav />
      </div>
      <section class="card flush scroll" tabindex="0">
        <table class="table" aria-label="Cost per project and month">
          <thead><tr><th>Month</th><th>Project</th><th>Jobs</th><th>GPU-hours</th><th>Cost</th></tr></thead>
          <tbody>
            @for (t of totals(); track t.month + t.project_id + t.currency) {
              <tr><td>{{ t.month }}</td><td>{{ t.project_id ?? '–' }}</td><td>{{ t.jobs }}</td><td>{{ t.gpu_hours.toFixed(2) }}</td>
                <td>{{ t.cost.toFixed(2) }} {{ t.currency ?? '' }}</td></tr>
            } @empty { <tr><td colspan="5" class="muted">No finished job has a cost yet.</td></tr> }
          </tbody>
        </table>
      </section>
      @if (prices(); as p) {
        <section class="card">
          <h2>Price table <span class="muted small">({{ p.source }})</span></h2>
          <textarea rows="16" class="mono" [(ngModel)]="yaml" [readonly]="!p.editable" aria-label="Price table (YAML)"></textarea>
          @if (error()) { <p class="error" role="alert">{{ error() }}</p> }
          @if (p.editable) { <button type="button" class="btn" (click)="save()">Save prices</button> }
        </section>
      }
    </div>`,
  styles: `textarea { width: 100%; box-sizing: border-box; font-family: var(--mono, monospace); } .scroll { overflow-x: auto; max-width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostsPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  private readonly session = inject(SessionStore);
  protected readonly totals = signal<CostTotal[]>([]);
  protected readonly prices = signal<Prices | null>(null);
  protected readonly error = signal<string | null>(null);
  protected yaml = '';

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    const [totals, prices] = await Promise.all([
      this.api.get<CostSummaryOut>(`${BASE}/costs/summary`, { project_id: this.session.projectId() ?? undefined }),
      this.api.get<Prices>(`${BASE}/costs/prices`),
    ]);
    this.totals.set(totals.totals);
    this.prices.set(prices);
    this.yaml = prices.yaml;
  }

  protected async save(): Promise<void> {
    try {
      this.error.set(null);
      this.prices.set(await this.api.put<Prices>(`${BASE}/costs/prices`, { yaml: this.yaml }));
      this.toasts.success('Prices saved');
    } catch (e) {
      this.error.set((e as Error).message);
    }
  }
}
