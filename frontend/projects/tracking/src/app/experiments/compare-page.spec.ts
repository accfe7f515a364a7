import { benchmarkOption, seriesOption } from './compare-page';
import type { CompareOut as Comparison, RunOut as Run } from '@llmworks/api-client';

const run = (id: number, name: string) => ({ id, name } as Run);

describe('comparison charts', () => {
  it('draws each run on the common x grid', () => {
    const o = seriesOption({ key: 'loss', runs: {}, aligned: { x: [0, 10], values: { '1': [2, 1], '2': [3, null] } } }, [run(1, 'a'), run(2, 'b')], 'step');
    expect(o.legend.data).toEqual(['a', 'b']);
    expect(o.series[1].data).toEqual([[0, 3], [10, null]]);
  });

  it('draws benchmark bars per run with the better direction', () => {
    const c = { runs: [run(1, 'a')], benchmarks: [{ metric: 'bleu', higher_is_better: true, values: { '1': 0.3 }, best_run_id: 1 }] } as unknown as Comparison;
    const o = benchmarkOption(c);
    expect(o.xAxis.data).toEqual(['bleu ↑']);
    expect(o.series[0].data).toEqual([0.3]);
  });
});
