import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LlmworksClient, type SafetyDecisionOut } from '@llmworks/api-client';
import { ApiError, FormControlDirective, FormField, Icon, RelativeTimePipe, SessionStore, ToastService, apiClient } from '@llmworks/ui-kit';
import { SafetyTabs } from '../safety-tabs';
import { LabelledText } from '../marked-text';
import { actionTone } from '../highlight';

interface Finding { filter: string; type: string; start: number; end: number; score: number; rule: string | null; message: string | null; action: string; sample: string; message_index?: number }
interface FilterRun { name: string; latency_ms: number; findings: number; status: string; reason?: string }
interface StageReport { action: string; findings: Finding[]; filters: FilterRun[]; latency_ms: number; window_chars?: number; stopped?: string | null }

/** One logged decision: what each stage's filters found (values replaced by labels), the
 * filters that ran with their latency, the request's toggles; mark it reviewed with a note. */
@Component({
  selector: 'lw-safety-decision',
  imports: [FormsModule, RouterLink, Icon, RelativeTimePipe, FormField, FormControlDirective, SafetyTabs, LabelledText],
  templateUrl: './decision-page.html',
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(280px, 1fr); gap: 16px; align-items: start; }
    @media (max-width: 1000px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 6px 14px; margin: 0; font-size: 13.5px; }
    dl.facts dt { color: var(--text-2); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    .sample { background: var(--surface-2); border-radius: var(--radius); padding: 6px 8px; font-size: 13px; }
    table.table td, table.table th { padding: 6px 8px; vertical-align: top; }
    textarea { min-height: 90px; resize: vertical; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionPage {
  readonly decisionId = input.required<string>();
  private readonly api = apiClient(LlmworksClient);
  private readonly toasts = inject(ToastService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly tone = actionTone;
  protected readonly decision = signal<SafetyDecisionOut | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly note = signal('');
  protected readonly saving = signal(false);
  protected readonly canReview = computed(() => this.session.isAdmin() || ['maintainer', 'annotator'].includes(this.session.project()?.role ?? ''));
  protected readonly stages = computed(() => {
    const d = this.decision();
    if (!d) return [];
    return (['input', 'output'] as const).map((s) => ({ stage: s, report: (d[s] ?? {}) as Partial<StageReport> }))
      .filter((x) => x.report.action !== undefined);
  });
  protected readonly toggles = computed(() => Object.entries((this.decision()?.toggles ?? {}) as Record<string, boolean>));

  constructor() {
    effect(() => {
      const id = Number(this.decisionId());
      untracked(() => void this.load(id));
    });
  }

  private async load(id: number): Promise<void> {
    try {
      const d = await this.api.safety.getDecision({ decision_id: id });
      this.decision.set(d);
      this.note.set(d.review_note ?? '');
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected async review(reviewed: boolean, next = false): Promise<void> {
    const d = this.decision();
    if (!d) return;
    this.saving.set(true);
    try {
      const out = await this.api.safety.reviewDecision({ decision_id: d.id, body: { reviewed, note: this.note() } });
      this.decision.set(out);
      this.toasts.success(reviewed ? 'Marked reviewed' : 'Review taken back', `decision ${d.id}`);
      if (next) {
        const page = await this.api.safety.listDecisions({ project_id: d.project_id, flagged: true, reviewed: false, limit: 1 });
        if (page.items[0]) void this.router.navigate(['/safety/review', page.items[0].id]);
        else { this.toasts.success('All caught up', 'no flagged generation left to review'); void this.router.navigate(['/safety/review']); }
      }
    } catch (err) {
      this.toasts.apiError(err, 'Could not save the review');
    } finally {
      this.saving.set(false);
    }
  }

  protected findings(r: Partial<StageReport>): Finding[] { return r.findings ?? []; }
  protected runs(r: Partial<StageReport>): FilterRun[] { return r.filters ?? []; }
}
