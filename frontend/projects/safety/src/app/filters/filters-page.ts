import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LlmworksClient, type SafetyCheckOut, type SafetyYamlFilterOut } from '@llmworks/api-client';
import { EmptyState, FormControlDirective, FormField, Icon, RelativeTimePipe, ServerErrors, SessionStore, ToastService, apiClient } from '@llmworks/ui-kit';
import { SafetyTabs } from '../safety-tabs';
import { LabelledText, MarkedText } from '../marked-text';
import { actionTone } from '../highlight';

export const EXAMPLE_YAML = `filters:
  - name: ticket_ids
    type: regex
    pattern: 'TCK-\\d{6}'
    action: redact
    label: "<TICKET>"
    message: internal ticket ids are not shared
  - name: competitors
    type: keywords
    keywords: [acme corp, globex]
    action: block
    message: we do not discuss competitors
`;

const EXAMPLE_TEXT = 'Your ticket TCK-204518 is closed. Have you tried Globex instead?';

/** YAML filters of the project (regex and keyword rules, registered at run time) with an editor
 * and a test box: type a text, see what the rules flag, highlighted, before saving. */
@Component({
  selector: 'lw-safety-filters',
  imports: [FormsModule, FormField, FormControlDirective, Icon, RelativeTimePipe, EmptyState, SafetyTabs, MarkedText, LabelledText],
  templateUrl: './filters-page.html',
  styleUrl: './filters-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FiltersPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  protected readonly tone = actionTone;
  protected readonly docs = signal<SafetyYamlFilterOut[]>([]);
  protected readonly loaded = signal(false);
  protected readonly selected = signal<number | null>(null);   // null: a new document
  protected readonly name = signal('house-rules');
  protected readonly yaml = signal(EXAMPLE_YAML);
  protected readonly text = signal(EXAMPLE_TEXT);
  protected readonly stage = signal<'input' | 'output'>('input');
  protected readonly result = signal<SafetyCheckOut | null>(null);
  protected readonly testedText = signal('');
  protected readonly testError = signal<string | null>(null);
  protected readonly testing = signal(false);
  protected readonly saving = signal(false);
  protected readonly errors = new ServerErrors();
  protected readonly canEdit = computed(() => this.session.isAdmin() || this.session.project()?.role === 'maintainer');
  protected readonly current = computed(() => this.docs().find((d) => d.id === this.selected()) ?? null);
  protected readonly lines = computed(() => this.yaml().split('\n').length);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.reload(project));
    });
  }

  private async reload(project: number | null, select: number | null = null): Promise<void> {
    if (project === null) return;
    try {
      const page = await this.api.safety.listYamlFilters({ project_id: project, limit: 200 });
      this.docs.set(page.items);
      const pick = page.items.find((d) => d.id === select) ?? (select === null && this.selected() === null ? page.items[0] : null);
      if (pick) this.open(pick);
    } catch (err) {
      this.toasts.apiError(err, 'Could not load the YAML filters');
    } finally {
      this.loaded.set(true);
    }
    void this.test();
  }

  protected open(d: SafetyYamlFilterOut): void {
    this.errors.clear();
    this.selected.set(d.id);
    this.name.set(d.name);
    this.yaml.set(d.yaml);
    void this.test();
  }

  protected newDoc(): void {
    this.errors.clear();
    this.selected.set(null);
    this.name.set('');
    this.yaml.set(EXAMPLE_YAML);
    void this.test();
  }

  protected editYaml(value: string): void {
    this.yaml.set(value);
    this.scheduleTest();
  }

  protected editText(value: string): void {
    this.text.set(value);
    this.scheduleTest();
  }

  /** Re-test a moment after typing stops. */
  private scheduleTest(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.test(), 500);
  }

  /** Runs the editor's (unsaved) rules on the test text through the API's test box. */
  protected async test(): Promise<void> {
    const project = this.session.projectId();
    if (project === null) return;
    if (this.timer) { clearTimeout(this.timer); this.timer = null; }
    const text = this.text();
    this.testing.set(true);
    try {
      const r = await this.api.safety.check({ body: { project_id: project, text, stage: this.stage(), yaml: this.yaml(), yaml_only: true } });
      this.result.set(r);
      this.testedText.set(text);
      this.testError.set(null);
    } catch (err) {
      this.result.set(null);
      const e = new ServerErrors();
      e.set(err);
      this.testError.set(e.error()?.detail || e.error()?.summary || 'the test failed');
    } finally {
      this.testing.set(false);
    }
  }

  protected async save(): Promise<void> {
    const project = this.session.projectId();
    if (project === null) return;
    this.saving.set(true);
    this.errors.clear();
    try {
      const id = this.selected();
      const doc = id === null
        ? await this.api.safety.createYamlFilter({ body: { project_id: project, name: this.name().trim(), yaml: this.yaml() } })
        : await this.api.safety.updateYamlFilter({ doc_id: id, body: { yaml: this.yaml() } });
      this.toasts.success(id === null ? 'Filters registered' : 'Filters saved', `${doc.name}: ${doc.filters.join(', ')}`);
      this.selected.set(doc.id);
      await this.reload(project, doc.id);
    } catch (err) {
      this.errors.set(err);
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    const d = this.current();
    if (!d || !confirm(`Delete ${d.name}? Its filters (${d.filters.join(', ')}) stop running in every policy that names them.`)) return;
    try {
      await this.api.safety.deleteYamlFilter({ doc_id: d.id });
      this.toasts.success('Deleted', d.name);
      this.selected.set(null);
      this.docs.update((list) => list.filter((x) => x.id !== d.id));
      this.newDoc();
    } catch (err) {
      this.toasts.apiError(err, 'Could not delete');
    }
  }
}
