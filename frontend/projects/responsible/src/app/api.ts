/** Scorecard helpers of the responsible pages; the API's shapes are the generated client's types (`@llmworks/api-client`). */
import type { CellOut as Cell } from '@llmworks/api-client';

/** "0.62 [0.48, 0.75]" */
export function withInterval(c: Cell | null): string {
  if (!c || c.value === null) return '–';
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '?' : x.toFixed(2));
  return c.ci ? `${f(c.value)} [${f(c.ci[0])}, ${f(c.ci[1])}]` : f(c.value);
}

/** An ECharts option: per-group values as points with their confidence interval as a bar, threshold band as mark lines. */
export function intervalChart(cells: Cell[], ideal: number | null, threshold: number | null): Record<string, unknown> {
  const labels = cells.map((c) => c.group ?? c.category ?? 'all');
  const marks: Record<string, unknown>[] = [];
  if (threshold !== null) {
    if (ideal !== null) marks.push({ yAxis: ideal - threshold }, { yAxis: ideal + threshold });
    else marks.push({ yAxis: threshold });
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { show: false },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', min: ideal !== null ? 0 : undefined, max: ideal !== null ? 1 : undefined },
    series: [
      { name: 'interval low', type: 'bar', stack: 'ci', data: cells.map((c) => c.ci?.[0] ?? null), itemStyle: { color: 'transparent' }, tooltip: { show: false } },
      { name: '95% interval', type: 'bar', stack: 'ci', barMaxWidth: 28, data: cells.map((c) => ({
        value: c.ci && c.ci[0] !== null && c.ci[1] !== null ? c.ci[1] - c.ci[0] : null,
        itemStyle: { opacity: 0.35, color: c.passed === false ? '#d9534f' : undefined } })) },
      { name: 'value', type: 'scatter', symbolSize: 12, data: cells.map((c) => ({ value: c.value, itemStyle: { color: c.passed === false ? '#d9534f' : undefined } })),
        markLine: marks.length ? { symbol: 'none', lineStyle: { type: 'dashed' }, data: marks, label: { formatter: 'threshold' } } : undefined },
    ],
  };
}
