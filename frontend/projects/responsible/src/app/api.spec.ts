import type { CellOut } from '@llmworks/api-client';
import { intervalChart, withInterval } from './api';

const cell = (over: Partial<CellOut>): CellOut => ({
  measure: 'toxicity', category: null, group: null, value: 0.5, ci: [0.4, 0.6], n: 10, threshold: 0.2, passed: true,
  flagged: 0, high: null, low: null, ...over,
});

describe('withInterval', () => {
  it('shows the value with its 95% interval, a dash without a value, ? for an open end', () => {
    expect(withInterval(cell({ value: 0.62, ci: [0.48, 0.75] }))).toBe('0.62 [0.48, 0.75]');
    expect(withInterval(cell({ value: 0.62, ci: null }))).toBe('0.62');
    expect(withInterval(cell({ value: 0.1, ci: [null, 0.3] }))).toBe('0.10 [?, 0.30]');
    expect(withInterval(cell({ value: null }))).toBe('–');
    expect(withInterval(null)).toBe('–');
  });
});

describe('intervalChart', () => {
  it('labels groups, stacks the interval on its low end, and marks a band around the ideal value', () => {
    const cells = [cell({ group: 'female', ci: [0.4, 0.7] }), cell({ group: 'male', ci: [0.5, 0.6], passed: false })];
    const opt = intervalChart(cells, 0.5, 0.1) as any;
    expect(opt.xAxis.data).toEqual(['female', 'male']);
    expect(opt.series[0].data).toEqual([0.4, 0.5]);
    expect(opt.series[1].data.map((d: any) => d.value)).toEqual([expect.closeTo(0.3), expect.closeTo(0.1)]);
    expect(opt.series[2].data[1].itemStyle.color).toBe('#d9534f');
    expect(opt.series[2].data[0].itemStyle.color).toBeUndefined();
    expect(opt.series[2].markLine.data).toEqual([{ yAxis: 0.4 }, { yAxis: 0.6 }]);
    expect(opt.yAxis).toMatchObject({ min: 0, max: 1 });
  });

  it('draws one threshold line without an ideal value, none without a threshold', () => {
    expect((intervalChart([cell({})], null, 0.3) as any).series[2].markLine.data).toEqual([{ yAxis: 0.3 }]);
    expect((intervalChart([cell({ category: 'age' })], null, null) as any).series[2].markLine).toBeUndefined();
    expect((intervalChart([cell({ category: 'age' })], null, null) as any).xAxis.data).toEqual(['age']);
  });
});
