import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Icon } from '@llmworks/ui-kit';

/** A safety filter as `/api/safety/filters` lists it (the safety plugin; absent when not installed). */
export interface SafetyFilterInfo { name: string; description: string; stages: string[]; default_action: string; available: boolean; reason: string | null }
export interface SafetyPolicyInfo { id: number; name: string; scope: string; target: string | null; enabled: boolean; filters: Record<string, { enabled?: boolean; action?: string; locked?: boolean }> }
export interface SafetyFindingInfo { filter: string; type: string; action: string; rule?: string | null; message?: string | null; sample: string; message_index?: number | null }
export interface SafetyStageInfo { action: string; findings: SafetyFindingInfo[]; latency_ms?: number; stopped?: string | null }
export interface SafetyReportInfo { policy: string | null; filters: string[]; toggles: Record<string, boolean>; action: string; input: SafetyStageInfo; output: SafetyStageInfo | null }
export type Toggle = 'policy' | 'on' | 'off';

/** The policy a generation on `route` runs under: the route's, else the A/B test's, else the project's. */
export function policyFor(policies: SafetyPolicyInfo[], route: string | null): SafetyPolicyInfo | null {
  const on = policies.filter((p) => p.enabled);
  return (route ? on.find((p) => p.scope === 'route' && p.target === route) ?? on.find((p) => p.scope === 'ab_test' && p.target === route) : null)
    ?? on.find((p) => p.scope === 'project') ?? null;
}

/** The request's `safety` object: only the filters switched away from the policy. */
export function safetyBody(toggles: Record<string, Toggle>): Record<string, boolean> | null {
  const out = Object.fromEntries(Object.entries(toggles).filter(([, t]) => t !== 'policy').map(([n, t]) => [n, t === 'on']));
  return Object.keys(out).length ? out : null;
}

export function tone(action: string | null | undefined): string {
  return action === 'block' ? 'danger' : action === 'redact' ? 'warn' : action === 'warn' ? 'info' : 'ok';
}

/** Pieces of a text with its `<LABEL>`s (redactions) marked. */
export function labelPieces(text: string): { text: string; label: boolean }[] {
  const out: { text: string; label: boolean }[] = [];
  let pos = 0;
  for (const m of text.matchAll(/<[A-Z][A-Z0-9_]*>/g)) {
    if (m.index! > pos) out.push({ text: text.slice(pos, m.index), label: false });
    out.push({ text: m[0], label: true });
    pos = m.index! + m[0].length;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), label: false });
  return out;
}

/** Per-request switches of the safety filters: follow the policy, force on, or force off;
 * a filter the policy locks is shown locked (only maintainers may switch it). */
@Component({
  selector: 'lw-safety-toggles',
  imports: [Icon],
  template: `
    <p class="muted small" style="margin: 0">
      @if (policy(); as p) { Policy <strong>{{ p.name }}</strong> applies to this route. } @else { No policy applies to this route: filters run only when switched on here. }
    </p>
    <ul class="filters">
      @for (f of filters(); track f.name) {
        @let locked = isLocked(f.name);
        <li>
          <div class="name">
            <span class="mono">{{ f.name }}</span>
            @if (locked) { <span class="chip danger" [attr.title]="'Locked by the policy ' + policy()?.name + (canUnlock() ? ': you may switch it as a maintainer' : ': only maintainers may switch it')"><lw-icon name="lock" [size]="13" /> locked</span> }
            @if (!f.available) { <span class="chip warn" [attr.title]="f.reason">unavailable</span> }
            <span class="muted small state">{{ stateText(f.name) }}</span>
          </div>
          <div class="segmented" role="group" [attr.aria-label]="'Safety filter ' + f.name">
            @for (t of choices; track t) {
              <button type="button" [attr.aria-pressed]="(toggles()[f.name] ?? 'policy') === t" [disabled]="(locked && !canUnlock() && t !== 'policy') || !f.available"
                (click)="changed.emit({ name: f.name, value: t })">{{ t === 'policy' ? 'policy' : t }}</button>
            }
          </div>
        </li>
      }
    </ul>`,
  styles: `
    :host { display: flex; flex-direction: column; gap: 8px; }
    .filters { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .filters li { display: flex; justify-content: space-between; align-items: center; gap: 8px; flex-wrap: wrap; }
    .name { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
    .segmented button { padding: 3px 9px; font-size: 12.5px; }
    .segmented button:disabled { opacity: 0.5; cursor: not-allowed; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyToggles {
  readonly filters = input.required<SafetyFilterInfo[]>();
  readonly policy = input<SafetyPolicyInfo | null>(null);
  readonly toggles = input.required<Record<string, Toggle>>();
  readonly canUnlock = input(false);
  readonly changed = output<{ name: string; value: Toggle }>();
  protected readonly choices: Toggle[] = ['policy', 'on', 'off'];
  private readonly config = computed(() => this.policy()?.filters ?? {});

  protected isLocked(name: string): boolean {
    return !!this.config()[name]?.locked;
  }

  protected stateText(name: string): string {
    const c = this.config()[name];
    const t = this.toggles()[name] ?? 'policy';
    if (t !== 'policy') return t === 'on' ? 'on for this request' : 'off for this request';
    if (!c) return 'not in the policy';
    return c.enabled === false ? 'off by the policy' : `${c.action ?? 'default action'} by the policy`;
  }
}

/** What the filters did to one generation: the prompt's findings (already redacted before the
 * model saw it), the answer's, and a blocked answer's reason. */
@Component({
  selector: 'lw-safety-report',
  template: `
    @let r = report();
    <div class="report" role="group" aria-label="Safety">
      <div class="row">
        <span class="small"><strong>Safety</strong>@if (r.policy) { · {{ r.policy }} }</span>
        <span class="chip" [class]="'chip ' + tone(r.action)">{{ r.action }}</span>
        @if (r.output?.stopped === 'content_filter' || blocked()) { <span class="chip danger">answer stopped</span> }
      </div>
      @for (s of stages(); track s.name) {
        @for (f of s.findings; track $index) {
          <div class="finding small">
            <span class="chip mono">{{ f.filter }}</span>
            <span>{{ f.type }} in the {{ s.name === 'input' ? 'prompt' : 'answer' }} → <strong>{{ f.action }}</strong></span>
            <span class="sample">@for (p of pieces(f.sample); track $index) {@if (p.label) {<mark>{{ p.text }}</mark>} @else {<span>{{ p.text }}</span>}}</span>
          </div>
        }
      }
      @if (!stages().length) { <span class="muted small">Nothing found by {{ r.filters.join(', ') || 'no filter' }}.</span> }
    </div>`,
  styles: `
    .report { display: flex; flex-direction: column; gap: 6px; padding: 8px 10px; border: 1px dashed var(--border-strong); border-radius: var(--radius); }
    .finding { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
    .sample { color: var(--text-2); white-space: pre-wrap; word-break: break-word; }
    mark { background: color-mix(in srgb, var(--warn) 24%, transparent); color: var(--text); border-radius: 3px; padding: 0 2px; font-family: var(--mono); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyReport {
  readonly report = input.required<SafetyReportInfo>();
  readonly blocked = input(false);
  protected readonly tone = tone;
  protected readonly pieces = labelPieces;
  protected readonly stages = computed(() => {
    const r = this.report();
    return [{ name: 'input', findings: r.input?.findings ?? [] }, { name: 'output', findings: r.output?.findings ?? [] }].filter((s) => s.findings.length);
  });
}
