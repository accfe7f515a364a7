import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import type { GeneratedToken } from '@llmworks/api-client';

/** Colour of a token by its probability: red (unlikely) → green (likely). */
export function probColor(logprob: number | null | undefined): string {
  if (logprob === null || logprob === undefined) return 'transparent';
  const p = Math.exp(logprob);
  const hue = Math.round(p * 130);
  return `hsl(${hue} 75% 50% / 0.28)`;
}

/** A token as shown: newlines and tabs marked, control characters as their visible symbols, never empty. */
export function visible(token: string): string {
  if (token === '') return '∅';
  return token
    .replace(/\n/g, '↵\n')
    .replace(/\t/g, '→')
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/^ +$/, (m) => '·'.repeat(m.length));
}

/** Generated text, one span per token shaded by log-prob; hover or focus shows the alternatives. */
@Component({
  selector: 'lw-token-heatmap',
  template: `
    <div class="text" role="list" aria-label="Generated tokens">
      @for (t of tokens(); track t.index) {
        <span role="listitem" class="tok" tabindex="0" [class.redacted]="t.token_id === -1" [style.background]="t.token_id === -1 ? null : color(t.logprob)" (mouseenter)="active.set(t)" (focus)="active.set(t)"
          [attr.aria-label]="t.token + (t.token_id === -1 ? ', changed by a safety filter' : ', probability ' + pct(t.logprob))">{{ show(t.token) }}</span>
      }
      @if (streaming()) { <span class="caret" aria-hidden="true"></span> }
    </div>
    @if (active(); as t) {
      <div class="detail" aria-live="polite">
        <div class="row"><code class="chosen">{{ show(t.token) }}</code>@if (t.token_id === -1) {<span class="muted small">changed by a safety filter: the model's token and its alternatives are not sent</span>} @else {<span class="muted small">p = {{ pct(t.logprob) }} · rank {{ t.rank ?? '—' }} · entropy {{ t.entropy?.toFixed(2) ?? '—' }} nats</span>}</div>
        @if (t.top?.length) {
          <ul class="alts">
            @for (a of t.top ?? []; track a.token_id) {
              <li [class.picked]="a.token_id === t.token_id"><code>{{ show(a.token) }}</code><span class="bar"><span [style.width.%]="prob(a.logprob) * 100"></span></span><span class="small">{{ pct(a.logprob) }}</span></li>
            }
          </ul>
        }
      </div>
    }`,
  styles: `
    .text { font-family: var(--mono); font-size: 13px; line-height: 1.9; white-space: pre-wrap; word-break: break-word; min-height: 48px; }
    .tok { border-radius: 3px; padding: 1px 0; cursor: help; outline-offset: 1px; }
    .tok:hover, .tok:focus { outline: 2px solid var(--accent); }
    .tok.redacted { background: color-mix(in srgb, var(--warn) 32%, transparent); box-shadow: inset 0 -2px 0 var(--warn); }
    .caret { display: inline-block; width: 7px; height: 15px; background: var(--accent); vertical-align: text-bottom; animation: blink 1s steps(2) infinite; }
    @keyframes blink { 50% { opacity: 0; } }
    .detail { margin-top: 10px; padding: 10px 12px; border-radius: var(--radius); background: var(--surface-2); border: 1px solid var(--border); display: flex; flex-direction: column; gap: 8px; }
    .chosen { font-weight: 700; }
    .alts { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
    .alts li { display: grid; grid-template-columns: minmax(60px, 140px) 1fr 56px; gap: 8px; align-items: center; }
    .alts li.picked code { color: var(--accent-fg); font-weight: 700; }
    .bar { height: 6px; background: var(--surface-3); border-radius: 999px; overflow: hidden; }
    .bar span { display: block; height: 100%; background: var(--accent); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TokenHeatmap {
  readonly tokens = input<GeneratedToken[]>([]);
  readonly streaming = input(false);
  protected readonly active = signal<GeneratedToken | null>(null);
  protected readonly color = probColor;
  protected readonly show = visible;

  protected prob(lp: number | null | undefined): number {
    return lp === null || lp === undefined ? 0 : Math.exp(lp);
  }

  protected pct(lp: number | null | undefined): string {
    return lp === null || lp === undefined ? '—' : `${(Math.exp(lp) * 100).toFixed(1)}%`;
  }
}
