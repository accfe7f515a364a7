import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LlmworksClient, type SafetyDecisionOut, type SafetyDecisionOutPage } from '@llmworks/api-client';
import { ApiClient, CellDef, Column, DataTable, Icon, Page, PageQuery, RelativeTimePipe, SessionStore, apiClient } from '@llmworks/ui-kit';
import { SafetyTabs } from '../safety-tabs';
import { LabelledText } from '../marked-text';
import { actionTone } from '../highlight';

export interface ReviewQuery {
  found_by: string;
  stage: '' | 'input' | 'output';
  route: string;
  action: '' | 'warn' | 'redact' | 'block';
  status: 'unreviewed' | 'reviewed' | 'all';
  flagged: boolean;
}

const DEFAULTS: ReviewQuery = { found_by: '', stage: '', route: '', action: '', status: 'unreviewed', flagged: true };

interface Found { filter: string; type: string; action: string; stage: string; sample: string }

/** The findings of a decision, input first, one entry per filter and type. */
export function foundIn(d: SafetyDecisionOut): Found[] {
  const out: Found[] = [];
  for (const stage of ['input', 'output'] as const) {
    for (const f of ((d[stage] as { findings?: Found[] } | null)?.findings ?? [])) {
      if (!out.some((x) => x.stage === stage && x.filter === f.filter && x.type === f.type)) out.push({ ...f, stage });
    }
  }
  return out;
}

/** The log of flagged generations: filter by the filter that found something, direction
 * (prompt or answer), route and action; open one to review it. */
@Component({
  selector: 'lw-safety-review',
  imports: [FormsModule, RouterLink, DataTable, CellDef, Icon, RelativeTimePipe, SafetyTabs, LabelledText],
  templateUrl: './review-page.html',
  styles: `
    .filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; align-items: end; padding: 14px 16px; }
    .filters .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; font-weight: 600; }
    .found { display: flex; flex-direction: column; gap: 3px; }
    .found .sample { font-size: 12.5px; color: var(--text-2); max-width: 48ch; }
    .chips { display: flex; flex-wrap: wrap; gap: 4px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly http = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly session = inject(SessionStore);
  protected readonly tone = actionTone;
  protected readonly found = foundIn;
  protected readonly q = signal<ReviewQuery>({ ...DEFAULTS, ...this.fromUrl() });
  protected readonly filterNames = signal<string[]>([]);
  protected readonly routeNames = signal<string[]>([]);
  protected readonly refresh = computed(() => JSON.stringify([this.q(), this.session.projectId()]));
  protected readonly columns: Column<SafetyDecisionOut>[] = [
    { key: 'created_at', label: 'When' },
    { key: 'where', label: 'Route', hideOnMobile: true },
    { key: 'action', label: 'Decision' },
    { key: 'found', label: 'Found' },
    { key: 'reviewed', label: 'Review', hideOnMobile: true },
  ];

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.loadChoices(project));
    });
  }

  private fromUrl(): Partial<ReviewQuery> {
    const p = this.route.snapshot.queryParamMap;
    const out: Partial<ReviewQuery> = {};
    for (const k of ['found_by', 'stage', 'route', 'action', 'status'] as const) { const v = p.get(k); if (v !== null) (out as Record<string, string>)[k] = v; }
    if (p.get('flagged') !== null) out.flagged = p.get('flagged') !== 'false';
    return out;
  }

  private async loadChoices(project: number | null): Promise<void> {
    if (project === null) return;
    try {
      this.filterNames.set((await this.api.safety.listFilters({ project_id: project, limit: 200 })).items.map((f) => f.name));
    } catch { this.filterNames.set([]); }
    try {
      this.routeNames.set((await this.http.get<Page<{ name: string }>>('/api/inference/routes', { project_id: project, limit: 200 })).items.map((r) => r.name));
    } catch { this.routeNames.set([]); }
  }

  protected set<K extends keyof ReviewQuery>(key: K, value: ReviewQuery[K]): void {
    this.q.update((q) => ({ ...q, [key]: value }));
    const q = this.q();
    const params = Object.fromEntries(Object.entries(q).filter(([k, v]) => v !== (DEFAULTS as unknown as Record<string, unknown>)[k]).map(([k, v]) => [k, String(v)]));
    void this.router.navigate([], { queryParams: params, replaceUrl: true });
  }

  protected readonly load = (page: PageQuery): Promise<SafetyDecisionOutPage> => {
    const q = this.q();
    return this.api.safety.listDecisions({
      project_id: this.session.projectId(), limit: page.limit, offset: page.offset,
      flagged: q.flagged ? true : null, found_by: q.found_by || null, stage: q.stage || null, route: q.route || null,
      action: q.action || null, reviewed: q.status === 'all' ? null : q.status === 'reviewed',
    });
  };

  protected open(d: SafetyDecisionOut): void {
    void this.router.navigate(['/safety/review', d.id]);
  }
}
