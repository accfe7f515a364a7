import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LlmworksClient, type SafetyFilterOut, type SafetyPolicyOut, type SafetyPolicyOutPage } from '@llmworks/api-client';
import {
  ApiClient, CellDef, Column, DataTable, EmptyState, FormControlDirective, FormField, Icon, Page, PageQuery, RelativeTimePipe,
  ServerErrors, SessionStore, StatusBadge, ToastService, apiClient,
} from '@llmworks/ui-kit';
import { SafetyTabs } from '../safety-tabs';
import { actionTone } from '../highlight';
import { ACTIONS, PolicyDraft, draftOf, policyBody } from './policy-draft';

/** Safety policies of the project: which filters run on a project, a route or an A/B test, with
 * their actions, thresholds, options and locks. Maintainers edit; everyone else reads. */
@Component({
  selector: 'lw-safety-policies',
  imports: [FormsModule, DataTable, CellDef, FormField, FormControlDirective, Icon, StatusBadge, RelativeTimePipe, EmptyState, SafetyTabs],
  templateUrl: './policies-page.html',
  styleUrl: './policies-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PoliciesPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly http = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly actions = ACTIONS;
  protected readonly tone = actionTone;
  protected readonly tick = signal(0);
  protected readonly filters = signal<SafetyFilterOut[]>([]);
  protected readonly draft = signal<PolicyDraft | null>(null);
  protected readonly errors = new ServerErrors();
  protected readonly saving = signal(false);
  protected readonly targets = signal<{ route: string[]; ab_test: string[] }>({ route: [], ab_test: [] });
  protected readonly canEdit = computed(() => this.session.isAdmin() || this.session.project()?.role === 'maintainer');
  protected readonly columns: Column<SafetyPolicyOut>[] = [
    { key: 'name', label: 'Policy' },
    { key: 'scope', label: 'Applies to' },
    { key: 'filters', label: 'Filters', hideOnMobile: true },
    { key: 'enabled', label: 'State' },
    { key: 'updated_at', label: 'Updated', hideOnMobile: true },
  ];

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.loadCatalogue(project));
    });
  }

  private async loadCatalogue(project: number | null): Promise<void> {
    this.draft.set(null);
    if (project === null) return;
    try {
      const page = await this.api.safety.listFilters({ project_id: project, limit: 200 });
      this.filters.set(page.items);
    } catch (err) {
      this.toasts.apiError(err, 'Could not load the safety filters');
    }
    // Routes and A/B tests to pick a target from (absent when the inference plugin is not installed).
    const names = async (path: string) => {
      try { return (await this.http.get<Page<{ name: string }>>(path, { project_id: project, limit: 200 })).items.map((x) => x.name); } catch { return []; }
    };
    const [route, ab_test] = await Promise.all([names('/api/inference/routes'), names('/api/inference/ab-tests')]);
    this.targets.set({ route, ab_test });
  }

  protected readonly load = (q: PageQuery): Promise<SafetyPolicyOutPage> =>
    this.api.safety.listPolicies({ project_id: this.session.projectId(), limit: q.limit, offset: q.offset });

  protected filterNames(p: SafetyPolicyOut): { name: string; locked: boolean; enabled: boolean; action: string }[] {
    return Object.entries(p.filters as Record<string, { locked?: boolean; enabled?: boolean; action?: string }>).map(([name, c]) => ({
      name, locked: !!c?.locked, enabled: c?.enabled ?? true, action: c?.action ?? this.filters().find((f) => f.name === name)?.default_action ?? '',
    }));
  }

  protected scopeLabel(p: SafetyPolicyOut): string {
    return p.scope === 'project' ? 'the whole project' : `${p.scope === 'route' ? 'route' : 'A/B test'} ${p.target}`;
  }

  protected newPolicy(): void {
    this.errors.clear();
    this.draft.set(draftOf(null, this.filters()));
  }

  protected edit(p: SafetyPolicyOut): void {
    this.errors.clear();
    this.draft.set(draftOf(p, this.filters()));
  }

  protected cancel(): void {
    this.errors.clear();
    this.draft.set(null);
  }

  protected catalogueOf(name: string): SafetyFilterOut | undefined {
    return this.filters().find((f) => f.name === name);
  }

  protected filterRows(d: PolicyDraft): string[] {
    return Object.keys(d.filters);
  }

  protected optionKeys(d: PolicyDraft, name: string): string[] {
    return Object.keys(d.filters[name].options);
  }

  protected async save(): Promise<void> {
    const d = this.draft();
    const project = this.session.projectId();
    if (!d || project === null) return;
    this.saving.set(true);
    this.errors.clear();
    try {
      const body = policyBody(d, project, this.filters());
      if (d.id === null) {
        const p = await this.api.safety.createPolicy({ body });
        this.toasts.success('Policy created', p.name);
      } else {
        const { project_id: _p, scope: _s, target: _t, ...patch } = body;
        const p = await this.api.safety.updatePolicy({ policy_id: d.id, body: patch });
        this.toasts.success('Policy saved', p.name);
      }
      this.draft.set(null);
      this.tick.update((t) => t + 1);
    } catch (err) {
      this.errors.set(err);
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    const d = this.draft();
    if (!d || d.id === null || !confirm(`Delete the safety policy ${d.name}? Generations it covers run unfiltered (or under the project's policy).`)) return;
    try {
      await this.api.safety.deletePolicy({ policy_id: d.id });
      this.toasts.success('Policy deleted', d.name);
      this.draft.set(null);
      this.tick.update((t) => t + 1);
    } catch (err) {
      this.toasts.apiError(err, 'Could not delete the policy');
    }
  }
}
