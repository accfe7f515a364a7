import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ApiClient, ApiError, CodeViewer, EmptyState, FormControlDirective, FormField, Icon, Page, SessionStore, ToastService } from '@llmworks/ui-kit';
import type { BackendOut as Backend, BaseModelOut, GeneratedToken, GenerationParams, GenerationOut as GenerationSummary, RouteOut as InferenceRoute, PromptVersionOut as PromptVersion, PromptOut as SavedPrompt } from '@llmworks/api-client';
import { DEFAULT_PARAMS } from '../helpers';
import { postSse } from '../sse-post';
import { AttentionViewer, AttentionTarget } from './attention-viewer';
import { TokenHeatmap } from './token-heatmap';
import { SafetyFilterInfo, SafetyPolicyInfo, SafetyReport, SafetyReportInfo, SafetyToggles, Toggle, policyFor, safetyBody } from './safety';

export interface ChatMessage { role: 'system' | 'user' | 'assistant'; content: string }

interface Column {
  id: number;
  kind: 'route' | 'model';
  route: string;
  model: string;
  backend: string;
  tokens: GeneratedToken[];
  text: string;
  summary: GenerationSummary | null;
  error: string | null;
  streaming: boolean;
  showAttention: boolean;
  /** what the safety filters did (the summary's `safety`, or a blocked prompt's problem) */
  safety: SafetyReportInfo | null;
  inputBlocked: boolean;
}

/** `{{ name }}` placeholders of a template, in order, once each. */
export function templateVariables(template: string): string[] {
  const names = [...template.matchAll(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g)].map((m) => m[1]);
  return [...new Set(names)];
}

export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g, (_, name: string) => values[name] ?? '');
}

/** The chat sent to the model: system prompt, few-shot pairs, the history, then the new turn. */
export function buildMessages(system: string, fewShot: { user: string; assistant: string }[], history: ChatMessage[], user: string): ChatMessage[] {
  const out: ChatMessage[] = [];
  if (system.trim()) out.push({ role: 'system', content: system });
  for (const ex of fewShot) {
    if (ex.user.trim()) out.push({ role: 'user', content: ex.user });
    if (ex.assistant.trim()) out.push({ role: 'assistant', content: ex.assistant });
  }
  out.push(...history, { role: 'user', content: user });
  return out;
}

let nextColumn = 1;

@Component({
  selector: 'lw-playground',
  imports: [FormsModule, RouterLink, Icon, FormField, FormControlDirective, CodeViewer, EmptyState, TokenHeatmap, AttentionViewer, SafetyToggles, SafetyReport],
  templateUrl: './playground.html',
  styleUrl: './playground.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaygroundPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  protected readonly session = inject(SessionStore);
  /** Ratings given to A/B answers in this session, by observation id. */
  protected readonly rated = signal<Record<number, { thumbs?: 'up' | 'down'; rating?: number }>>({});

  /** Rates an answer of an A/B test (thumbs and/or 1-5); the test's report counts it. */
  protected async rate(ab: { test_id: number; observation_id: number | null }, body: { thumbs?: 'up' | 'down'; rating?: number }): Promise<void> {
    if (ab.observation_id === null) return;
    try {
      await this.api.post(`/api/inference/ab-tests/${ab.test_id}/feedback`, { observation_id: ab.observation_id, ...body });
      this.rated.update((r) => ({ ...r, [ab.observation_id!]: { ...r[ab.observation_id!], ...body } }));
      this.toasts.success('Thanks', 'the rating counts in the A/B report');
    } catch (err) {
      this.toasts.error('Rating not saved', ApiError.from(err).summary);
    }
  }

  protected readonly mode = signal<'chat' | 'completion'>('chat');
  protected readonly system = signal('You are a helpful assistant.');
  protected readonly template = signal('Summarise in one sentence: {{text}}');
  protected readonly values = signal<Record<string, string>>({ text: '' });
  protected readonly fewShot = signal<{ user: string; assistant: string }[]>([]);
  protected readonly history = signal<ChatMessage[]>([]);
  protected readonly params = signal<GenerationParams>({ ...DEFAULT_PARAMS });
  protected readonly stopText = signal('');
  protected readonly routes = signal<InferenceRoute[]>([]);
  protected readonly abTests = signal<{ id: number; name: string; status: string }[]>([]);
  protected readonly backends = signal<Backend[]>([]);
  /** The model a new column targets when the project has no route (the demo model on a fresh install). */
  private readonly defaultModel = signal('');
  protected readonly loadError = signal<string | null>(null);
  protected readonly columns = signal<Column[]>([]);
  protected readonly showExport = signal<'json' | 'yaml' | null>(null);

  // ---- safety filters (the safety plugin's API; empty when it is not installed)
  protected readonly safetyFilters = signal<SafetyFilterInfo[]>([]);
  protected readonly safetyPolicies = signal<SafetyPolicyInfo[]>([]);
  protected readonly toggles = signal<Record<string, Toggle>>({});
  protected readonly canUnlock = computed(() => this.session.isAdmin() || this.session.project()?.role === 'maintainer');
  protected readonly safetyPolicy = computed(() => {
    const first = this.columns()[0];
    return policyFor(this.safetyPolicies(), first?.kind === 'route' ? first.route : null);
  });

  protected readonly variables = computed(() => templateVariables(this.template()));
  protected readonly rendered = computed(() => renderTemplate(this.template(), this.values()));
  protected readonly running = computed(() => this.columns().some((c) => c.streaming));
  protected readonly exported = computed(() => ({
    mode: this.mode(), system: this.system(), template: this.template(), variables: this.values(), few_shot: this.fewShot(),
    history: this.history(), params: { ...this.params(), stop: this.stops() },
    targets: this.columns().map((c) => (c.kind === 'route' ? { route: c.route } : { model: c.model, backend: c.backend })),
  }));
  private controllers = new Map<number, AbortController>();

  // ---- saved prompts (versioned on the server: /api/prompts)
  protected readonly prompts = signal<SavedPrompt[]>([]);
  protected readonly promptId = signal<number | null>(null);
  protected readonly versions = signal<PromptVersion[]>([]);
  protected readonly loadedVersion = signal<number | null>(null);
  protected readonly saving = signal(false);
  protected readonly currentPrompt = computed(() => this.prompts().find((p) => p.id === this.promptId()) ?? null);

  constructor() {
    effect(() => {
      const project = this.session.projectId();
      untracked(() => void this.loadTargets(project));
    });
    inject(DestroyRef).onDestroy(() => this.controllers.forEach((c) => c.abort()));
  }

  private async loadPrompts(project: string | number | null): Promise<void> {
    try {
      const page = await this.api.get<Page<SavedPrompt>>('/api/prompts', { project_id: project ?? undefined, limit: 200 });
      this.prompts.set(page.items);
    } catch {
      this.prompts.set([]);
    }
  }

  /** The editor's content as a prompt version body. */
  private content(): Record<string, unknown> {
    const { logprobs: _l, top_logprobs: _t, ...params } = { ...this.params(), stop: this.stops() };
    return {
      mode: this.mode(), template: this.template(), system_prompt: this.system(), variables: this.values(),
      examples: this.fewShot().map((e) => ({ input: e.user, output: e.assistant })), history: this.history(),
      params: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null)) as Partial<GenerationParams>,
      routes: this.columns().filter((c) => c.kind === 'route' && c.route).map((c) => c.route),
    };
  }

  protected async openPrompt(id: string): Promise<void> {
    if (!id) { this.promptId.set(null); this.versions.set([]); this.loadedVersion.set(null); return; }
    try {
      const versions = await this.api.get<Page<PromptVersion>>(`/api/prompts/${id}/versions`, { limit: 100 });
      this.promptId.set(Number(id));
      this.versions.set(versions.items);
      if (versions.items[0]) this.applyVersion(versions.items[0]);
    } catch (err) {
      this.toasts.apiError(err, 'Could not open the prompt');
    }
  }

  protected openVersion(version: string): void {
    const v = this.versions().find((x) => String(x.version) === version);
    if (v) this.applyVersion(v);
  }

  private applyVersion(v: PromptVersion): void {
    this.mode.set(v.mode);
    this.template.set(v.template);
    this.system.set(v.system_prompt);
    this.values.set(Object.fromEntries(Object.entries(v.variables ?? {}).map(([k, x]) => [k, String(x ?? '')])));
    this.fewShot.set((v.examples ?? []).map((e) => ({ user: e.input, assistant: e.output })));
    this.history.set((v.history ?? []) as ChatMessage[]);
    const saved: GenerationParams = v.params ?? {};
    this.params.set({ ...DEFAULT_PARAMS, ...saved });
    this.stopText.set((saved.stop ?? []).map((x) => x.replace(/\n/g, '\\n')).join('\n'));
    if (v.routes?.length) {
      this.columns.set([]);
      for (const r of v.routes) { this.addColumn(); this.columns.update((cols) => cols.map((c, i) => (i === cols.length - 1 ? { ...c, kind: 'route', route: r } : c))); }
    }
    this.loadedVersion.set(v.version);
  }

  /** Saves the editor as a new version of the open prompt, or as a new prompt. */
  protected async save(): Promise<void> {
    const current = this.currentPrompt();
    const message = prompt(current ? `Note for version ${current.latest_version + 1} of ${current.name}` : 'Name of the new prompt', current ? '' : 'my-prompt');
    if (message === null) return;
    this.saving.set(true);
    try {
      if (current) {
        const v = await this.api.post<PromptVersion>(`/api/prompts/${current.id}/versions`, { ...this.content(), message });
        this.toasts.success(`Saved version ${v.version}`, current.name);
      } else {
        const p = await this.api.post<SavedPrompt>('/api/prompts', { ...this.content(), project_id: this.session.projectId(), name: message });
        this.toasts.success('Prompt saved', p.name);
        this.promptId.set(p.id);
      }
      await this.loadPrompts(this.session.projectId());
      await this.openPrompt(String(this.promptId()));
    } catch (err) {
      this.toasts.apiError(err, 'Could not save the prompt');
    } finally {
      this.saving.set(false);
    }
  }

  private async loadSafety(project: string | number | null): Promise<void> {
    try {
      const [filters, policies] = await Promise.all([
        this.api.get<Page<SafetyFilterInfo>>('/api/safety/filters', { project_id: project ?? undefined, limit: 200 }),
        this.api.get<Page<SafetyPolicyInfo>>('/api/safety/policies', { project_id: project ?? undefined, limit: 200 }),
      ]);
      this.safetyFilters.set(filters.items);
      this.safetyPolicies.set(policies.items);
    } catch {
      this.safetyFilters.set([]);   // no safety plugin on this server
      this.safetyPolicies.set([]);
    }
    this.toggles.set({});
  }

  protected setToggle(name: string, value: Toggle): void {
    this.toggles.update((t) => ({ ...t, [name]: value }));
  }

  private async loadTargets(project: string | number | null): Promise<void> {
    void this.loadPrompts(project);
    void this.loadSafety(project);
    try {
      const [routes, backends] = await Promise.all([
        this.api.get<Page<InferenceRoute>>('/api/inference/routes', { project_id: project ?? undefined, limit: 200 }),
        this.api.get<Page<Backend>>('/api/inference/backends', { limit: 50 }),
      ]);
      this.routes.set(routes.items);
      // running A/B tests are called by name like a route; their answers can be rated here
      this.abTests.set((await this.api.get<Page<{ id: number; name: string; status: string }>>('/api/inference/ab-tests',
        { project_id: project ?? undefined, limit: 200 }).catch(() => ({ items: [] }))).items.filter((t) => t.status === 'running'));
      this.backends.set(backends.items);
      if (!routes.items.length) {
        // No route yet (a new project): the first column targets a ready model, the demo one first,
        // so the playground answers at once.
        const models = await this.api.get<Page<BaseModelOut>>('/api/models/available', { limit: 200 })
          .catch(() => ({ items: [] as BaseModelOut[] }));
        const demo = models.items.find((m) => m.source === 'demo');  // ready, or being built (its answer says so)
        this.defaultModel.set((demo ?? models.items.find((m) => m.ready))?.ref ?? '');
      }
      this.loadError.set(null);
      if (!this.columns().length) this.addColumn();
    } catch (err) {
      this.loadError.set(ApiError.from(err).summary);
    }
  }

  protected setValue(name: string, value: string): void {
    this.values.update((v) => ({ ...v, [name]: value }));
  }

  protected setParam<K extends keyof GenerationParams>(key: K, value: GenerationParams[K]): void {
    this.params.update((p) => ({ ...p, [key]: value }));
  }

  protected num(value: string, fallback: number | null): number | null {
    if (value === '' || value === null) return fallback;
    const n = Number(value);
    return Number.isFinite(n) ? n : fallback;
  }

  protected addColumn(): void {
    const routes = this.routes();
    const available = this.backends().filter((b) => b.available);
    // PyTorch runs any model folder as it is; the other backends need an export first.
    const firstBackend = (available.find((b) => b.name === 'pytorch') ?? available[0])?.name ?? 'pytorch';
    const taken = new Set(this.columns().map((c) => c.route));
    const route = routes.find((r) => !taken.has(r.name))?.name ?? routes[0]?.name ?? '';
    this.columns.update((cols) => [...cols, {
      id: nextColumn++, kind: route ? 'route' : 'model', route, model: route ? '' : this.defaultModel(), backend: firstBackend,
      tokens: [], text: '', summary: null, error: null, streaming: false, showAttention: false, safety: null, inputBlocked: false,
    }]);
  }

  protected removeColumn(id: number): void {
    this.controllers.get(id)?.abort();
    this.columns.update((cols) => cols.filter((c) => c.id !== id));
  }

  protected patchColumn(id: number, patch: Partial<Column>): void {
    this.columns.update((cols) => cols.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  }

  protected addExample(): void {
    this.fewShot.update((list) => [...list, { user: '', assistant: '' }]);
  }

  protected setExample(i: number, key: 'user' | 'assistant', value: string): void {
    this.fewShot.update((list) => list.map((ex, j) => (j === i ? { ...ex, [key]: value } : ex)));
  }

  protected removeExample(i: number): void {
    this.fewShot.update((list) => list.filter((_, j) => j !== i));
  }

  protected clearHistory(): void {
    this.history.set([]);
  }

  protected target(c: Column): AttentionTarget {
    return c.kind === 'route' ? { route: c.route, project_id: this.session.projectId() } : { model: c.model, backend: c.backend, project_id: this.session.projectId() };
  }

  protected stops(): string[] {
    return this.stopText().split('\n').map((s) => s.replace(/\\n/g, '\n')).filter((s) => s.length > 0);
  }

  /** Sends the prompt to every column at once and streams each answer. */
  protected async run(): Promise<void> {
    const user = this.rendered();
    if (!user.trim()) { this.toasts.error('Nothing to send', 'Fill in the template variables first.'); return; }
    const params = { ...this.params(), stop: this.stops() };
    const body = this.mode() === 'chat'
      ? { messages: buildMessages(this.system(), this.fewShot(), this.history(), user) }
      : { prompt: (this.system().trim() ? this.system() + '\n\n' : '') + user };
    const safety = safetyBody(this.toggles());
    const columns = this.columns();
    await Promise.allSettled(columns.map((c) => this.stream(c, { ...this.target(c), ...body, params, stream: true, ...(safety ? { safety } : {}) })));
    // In chat mode the first column's answer continues the conversation.
    const first = this.columns()[0];
    if (this.mode() === 'chat' && first && !first.error && first.text) {
      this.history.update((h) => [...h, { role: 'user', content: user }, { role: 'assistant', content: first.text }]);
    }
  }

  protected stop(): void {
    this.controllers.forEach((c) => c.abort());
  }

  private async stream(c: Column, body: Record<string, unknown>): Promise<void> {
    const ctrl = new AbortController();
    this.controllers.set(c.id, ctrl);
    this.patchColumn(c.id, { tokens: [], text: '', summary: null, error: null, streaming: true, showAttention: false, safety: null, inputBlocked: false });
    try {
      for await (const msg of postSse('/api/inference/generate', body, ctrl.signal)) {
        const data = JSON.parse(msg.data);
        if (msg.event === 'token') {
          const tok = data as GeneratedToken;
          this.columns.update((cols) => cols.map((x) => (x.id === c.id ? { ...x, tokens: [...x.tokens, tok], text: x.text + tok.token } : x)));
        } else if (msg.event === 'start') {
          this.patchColumn(c.id, { summary: data });
        } else if (msg.event === 'done') {
          this.patchColumn(c.id, { summary: data, text: data.text ?? undefined, safety: data.safety ?? null });
        } else if (msg.event === 'error') {
          this.patchColumn(c.id, { error: new ApiError(data.status ?? 500, data).summary });
        }
      }
    } catch (err) {
      if ((err as Error)?.name !== 'AbortError') {
        // a prompt blocked by a safety filter: a 400 whose problem carries the input's findings
        const problem = (err as { problem?: { safety?: SafetyReportInfo['input']; filter?: string } }).problem;
        const safety: SafetyReportInfo | null = problem?.safety
          ? { policy: null, filters: problem.filter ? [problem.filter] : [], toggles: {}, action: 'block', input: problem.safety, output: null } : null;
        this.patchColumn(c.id, { error: ApiError.from(err).summary, safety, inputBlocked: !!safety });
      }
    } finally {
      this.controllers.delete(c.id);
      this.patchColumn(c.id, { streaming: false });
    }
  }
}
