import { lineOptions, mergeSeries } from './training-monitor';
import { parseJsonl } from './training-form';

describe('training monitor helpers', () => {
  it('appends polled points to each series', () => {
    const merged = mergeSeries({ loss: [[1, 2.5]] }, { loss: [[2, 2.1]], learning_rate: [[2, 1e-4]] });
    expect(merged).toEqual({ loss: [[1, 2.5], [2, 2.1]], learning_rate: [[2, 1e-4]] });
  });

  it('charts only the series that have points', () => {
    const o = lineOptions({ loss: [[1, 2]] }, ['loss', 'val_loss']);
    expect(o.series.map((s) => s.name)).toEqual(['loss']);
    expect(o.legend.data).toEqual(['loss']);
  });
});

describe('parseJsonl', () => {
  it('reads one object a line and reports the first bad line', () => {
    expect(parseJsonl('{"text":"a"}\n\n{"text":"b"}').rows).toEqual([{ text: 'a' }, { text: 'b' }]);
    expect(parseJsonl('{"text":"a"}\n[1]').error).toBe('line 2: not a JSON object');
  });
});
