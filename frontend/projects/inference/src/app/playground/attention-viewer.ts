import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ApiClient, ApiError, Chart, Icon } from '@llmworks/ui-kit';
import type { AttentionPage } from '@llmworks/api-client';
import { decodeMap } from '../helpers';
import { visible } from './token-heatmap';

export interface AttentionTarget { route?: string | null; model?: string | null; backend?: string | null; project_id?: number | string | null }

/** `position:token` with spaces and byte fragments made visible, long tokens shortened. */
export function tokenLabel(token: string, index: number): string {
  let t = visible(token).replace(/\s/g, '␣');
  if (!t) t = '⋯';
  if (t.includes('\ufffd')) t = t.replace(/\ufffd/g, '⋯');
  return `${index}:${t.length > 14 ? t.slice(0, 13) + '…' : t}`;
}

/** Attention maps of a text: one (layer, head) at a time as a heat map, stepping through them. */
@Component({
  selector: 'lw-attention-viewer',
  imports: [Chart, Icon],
  template: `
    <div class="row controls">
      <button type="button" class="btn sm" (click)="analyse()" [disabled]="busy() || !text()"><lw-icon name="visibility" [size]="16" /> {{ page() ? 'Analyse again' : 'Analyse attention' }}</button>
      @if (page(); as p) {
        <span class="spacer"></span>
        <button type="button" class="btn sm icon" aria-label="Previous head" [disabled]="busy() || !p.navigation.previous" (click)="step(p.navigation.previous)"><lw-icon name="chevron_left" /></button>
        <label class="small">Layer <select class="input sel" [value]="layer()" (change)="go(+$any($event.target).value, head())">@for (l of layers(); track l) { <option [value]="l">{{ l }}</option> }</select></label>
        <label class="small">Head <select class="input sel" [value]="head()" (change)="go(layer(), +$any($event.target).value)">@for (h of heads(); track h) { <option [value]="h">{{ h }}</option> }</select></label>
        <button type="button" class="btn sm icon" aria-label="Next head" [disabled]="busy() || !p.navigation.next" (click)="step(p.navigation.next)"><lw-icon name="chevron_right" /></button>
      }
    </div>
    @if (error()) { <div class="alert danger small" role="alert">{{ error() }}</div> }
    @if (options(); as o) {
      <div class="scroll"><lw-chart [options]="o" [height]="chartHeight()" [label]="'Attention of layer ' + layer() + ' head ' + head()" /></div>
      <p class="muted small">{{ page()?.tokens?.length }} tokens analysed, every one labelled (position:token; ␣ a space, ⋯ part of a character).</p>
      @if (summary(); as s) { <p class="muted small">Mean entropy {{ s.mean_entropy?.toFixed(2) ?? '—' }} nats{{ page()?.truncated ? ' · text truncated' : '' }}</p> }
    }`,
  styles: `.controls { gap: 6px; } .spacer { flex: 1; } .sel { width: auto; min-height: 30px; padding: 2px 6px; } .scroll { max-height: 900px; overflow: auto; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttentionViewer {
  private readonly api = inject(ApiClient);
  readonly text = input.required<string>();
  readonly target = input.required<AttentionTarget>();
  protected readonly page = signal<AttentionPage | null>(null);
  protected readonly layer = signal(0);
  protected readonly head = signal(0);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly layers = computed(() => Array.from({ length: this.page()?.layers ?? 0 }, (_, i) => i));
  protected readonly heads = computed(() => Array.from({ length: this.page()?.heads ?? 0 }, (_, i) => i));
  protected readonly summary = computed(() => this.page()?.head_summary[0] ?? null);
  /** Tall enough for a readable row per token. */
  protected readonly chartHeight = computed(() => `${Math.min(Math.max(360, (this.page()?.tokens.length ?? 0) * 16 + 180), 4200)}px`);

  protected readonly options = computed(() => {
    const p = this.page();
    if (!p || !p.maps.length) return null;
    const rows = decodeMap(p.maps[0]);
    const labels = p.tokens.map((t, i) => tokenLabel(t, i));
    const data: [number, number, number][] = [];
    rows.forEach((row, q) => row.forEach((v, k) => data.push([k, q, Math.round(v * 1000) / 1000])));
    const widest = Math.max(...labels.map((l) => l.length), 4);
    const margin = Math.min(14 + widest * 6.5, 150);
    return {
      tooltip: { trigger: 'item', formatter: (x: { value: [number, number, number] }) => `${labels[x.value[1]]} → ${labels[x.value[0]]}: ${x.value[2]}` },
      grid: { left: margin, right: 16, top: 8, bottom: margin + 24, containLabel: false },
      // interval 0: every token is labelled, however long the sequence (the chart grows instead)
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 60, fontSize: 11, interval: 0 }, name: 'attended token', nameLocation: 'middle', nameGap: margin },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { fontSize: 11, interval: 0 } },
      visualMap: { min: 0, max: 1, show: false, inRange: { color: ['rgba(99,102,241,0.04)', '#6366f1', '#06b6d4'] } },
      // Drawn in one pass (a 256-token text is 65,536 cells: progressive rendering would paint them over
      // seconds, and stepping to another head would show a half-drawn mix of two maps meanwhile).
      animation: false,
      series: [{ type: 'heatmap', data, progressive: 0, emphasis: { itemStyle: { borderColor: '#fff', borderWidth: 1 } } }],
    };
  });

  protected async analyse(): Promise<void> {
    await this.run(() => this.api.post<AttentionPage>('/api/inference/attention', {
      ...this.cleanTarget(), text: this.text(), layer: this.layer(), head: this.head(), encoding: 'uint8',
    }));
  }

  protected step(to: { layer: number; head: number } | null | undefined): void {
    if (to) void this.go(to.layer, to.head);
  }

  protected async go(layer: number, head: number): Promise<void> {
    const p = this.page();
    if (!p) return;
    await this.run(() => this.api.get<AttentionPage>(`/api/inference/attention/${p.id}`, { layer, head, encoding: 'uint8' }));
  }

  private cleanTarget(): Record<string, unknown> {
    const t = this.target();
    return Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  }

  private async run(fetchPage: () => Promise<AttentionPage>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const p = await fetchPage();
      this.page.set(p);
      if (p.maps[0]) { this.layer.set(p.maps[0].layer); this.head.set(p.maps[0].head); }
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    } finally {
      this.busy.set(false);
    }
  }
}
