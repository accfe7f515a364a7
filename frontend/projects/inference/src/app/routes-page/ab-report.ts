import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Chart, CodeViewer, formatNumber } from '@llmworks/ui-kit';

interface Described { n: number; mean: number | null; sd: number | null; ci: number[] | null }
interface Variant {
  name: string; route?: string; weight?: number; observed_share: number | null; requests: number; errors: number;
  latency_ms: Described; time_to_first_token_ms: Described; tokens_per_second: Described; rating: Described;
  thumbs: { n: number; up: number; rate: number | null };
}
interface Significance {
  test: string; n: number[]; means: (number | null)[]; difference: number | null; ci: number[] | null; p_value: number | null;
  alpha: number; significant: boolean; note?: string | null;
}
interface Comparison { variant: string; control: string; latency_ms: Significance; tokens_per_second: Significance; thumbs_up_rate: Significance; rating: Significance }
export interface AbReportBody { name: string; status: string; alpha: number; requests: number; control: string | null; method: string; variants: Variant[]; comparisons: Comparison[] }

/** What each figure is, how it reads, and whether higher is better. */
const FIGURES: { key: 'latency_ms' | 'tokens_per_second' | 'thumbs_up_rate' | 'rating'; label: string; unit: string; higher: boolean }[] = [
  { key: 'latency_ms', label: 'latency', unit: ' ms', higher: false },
  { key: 'tokens_per_second', label: 'speed', unit: ' tokens/s', higher: true },
  { key: 'thumbs_up_rate', label: 'thumbs-up rate', unit: '', higher: true },
  { key: 'rating', label: 'rating', unit: ' of 5', higher: true },
];

/** One comparison of a variant with the control, in words. */
export function significanceSentence(variant: string, control: string, label: string, unit: string, higher: boolean, s: Significance): string {
  const n = s.n.reduce((a, b) => a + b, 0);
  if (s.p_value === null || s.difference === null) {
    return `${label}: not enough data yet to compare ${variant} with ${control} (${n} observation${n === 1 ? '' : 's'}${s.note ? '; ' + s.note : ''}).`;
  }
  const diff = Math.abs(s.difference);
  const direction = s.difference > 0 ? 'higher' : 'lower';
  const better = s.difference === 0 ? '' : (s.difference > 0) === higher ? ' (better)' : ' (worse)';
  const p = s.p_value < 0.001 ? 'p < 0.001' : `p = ${s.p_value.toFixed(3)}`;
  const ci = s.ci ? `, ${Math.round((1 - s.alpha) * 100)}% CI ${formatNumber(s.ci[0])} to ${formatNumber(s.ci[1])}` : '';
  if (s.significant) {
    return `${label}: ${variant} is ${formatNumber(diff)}${unit} ${direction} than ${control}${better} — a significant difference (${s.test}, ${p}${ci}).`;
  }
  return `${label}: no significant difference between ${variant} and ${control} (${variant} ${formatNumber(diff)}${unit} ${direction}; ${s.test}, ${p} ≥ α = ${s.alpha}${ci}).`;
}

/** An A/B test's report: per-variant charts (mean with confidence interval) and the significance results in words. */
@Component({
  selector: 'lw-ab-report',
  imports: [Chart, CodeViewer],
  template: `
    @let r = report();
    <section class="card stack" [attr.aria-label]="'Report of ' + r.name" data-testid="ab-report">
      <header class="row"><h2>Report of {{ r.name }}</h2><span class="chip">{{ r.status }}</span>
        <span class="muted small">{{ r.requests }} requests · control {{ r.control ?? '—' }} · α = {{ r.alpha }}</span></header>
      <ul class="findings">
        @for (s of sentences(); track $index) { <li [class.sig]="s.significant">{{ s.text }}</li> }
        @if (!sentences().length) { <li>Only one variant: nothing to compare yet.</li> }
      </ul>
      <div class="charts">
        @for (c of charts(); track c.title) {
          <div><h3>{{ c.title }}</h3><lw-chart [options]="c.option" [label]="c.title + ' per variant'" height="200px" /></div>
        }
      </div>
      <details><summary>Raw figures (JSON)</summary><lw-code-viewer [value]="r" language="json" title="Report" /></details>
    </section>`,
  styles: `
    .stack { display: flex; flex-direction: column; gap: 12px; }
    .row { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
    .findings { margin: 0; padding-left: 18px; display: flex; flex-direction: column; gap: 6px; }
    .findings li.sig { font-weight: 600; }
    .charts { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); }
    h3 { font-size: 14px; margin: 0 0 4px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AbReport {
  readonly report = input.required<AbReportBody>();

  protected readonly sentences = computed(() => {
    const out: { text: string; significant: boolean }[] = [];
    for (const c of this.report().comparisons) {
      for (const f of FIGURES) {
        const s = c[f.key];
        if (s) out.push({ text: significanceSentence(c.variant, c.control, f.label, f.unit, f.higher, s), significant: s.significant });
      }
    }
    return out;
  });

  protected readonly charts = computed(() => {
    const variants = this.report().variants;
    const names = variants.map((v) => v.name);
    const bar = (title: string, values: (number | null)[], cis: (number[] | null)[]) => ({
      title,
      option: {
        animation: false,   // the figures as they are (and screenshots that show them)
        grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: names },
        yAxis: { type: 'value', scale: false },
        series: [
          { type: 'bar', name: title, data: values, barMaxWidth: 48, label: { show: true, position: 'top', formatter: (p: { value: number | null }) => (p.value === null ? '—' : formatNumber(p.value)) } },
          { type: 'custom', name: 'confidence interval', renderItem: errorBar, data: cis.map((ci, i) => (ci ? [i, ci[0], ci[1]] : [i, null, null])), z: 10 },
        ],
      },
    });
    return [
      bar('Requests', variants.map((v) => v.requests), variants.map(() => null)),
      bar('Latency (ms)', variants.map((v) => v.latency_ms.mean), variants.map((v) => v.latency_ms.ci)),
      bar('Tokens per second', variants.map((v) => v.tokens_per_second.mean), variants.map((v) => v.tokens_per_second.ci)),
      bar('Thumbs-up rate', variants.map((v) => v.thumbs.rate), variants.map(() => null)),
      bar('Rating (1-5)', variants.map((v) => v.rating.mean), variants.map((v) => v.rating.ci)),
    ];
  });
}

/** ECharts custom series: a vertical error bar from low to high at category i. */
function errorBar(params: unknown, api: { value: (i: number) => number | null; coord: (p: [number, number]) => [number, number]; size: (p: [number, number]) => [number, number] }): unknown {
  const lo = api.value(1), hi = api.value(2);
  if (lo === null || hi === null || Number.isNaN(lo) || Number.isNaN(hi)) return null;
  const x = api.value(0) ?? 0;
  const top = api.coord([x, hi]), bottom = api.coord([x, lo]);
  const half = api.size([1, 0])[0] * 0.1;
  const style = { stroke: '#555', lineWidth: 1.5 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: top[0], y1: top[1], x2: bottom[0], y2: bottom[1] }, style },
      { type: 'line', shape: { x1: top[0] - half, y1: top[1], x2: top[0] + half, y2: top[1] }, style },
      { type: 'line', shape: { x1: bottom[0] - half, y1: bottom[1], x2: bottom[0] + half, y2: bottom[1] }, style },
    ],
  };
}
