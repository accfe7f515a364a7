import { significanceSentence } from './ab-report';

describe('significanceSentence', () => {
  const base = { test: 'Welch t-test', n: [30, 30], means: [100, 80], alpha: 0.05, ci: [-30, -10] };
  it('says which variant is better when the difference is significant', () => {
    const s = significanceSentence('B', 'A', 'latency', ' ms', false, { ...base, difference: -20, p_value: 0.002, significant: true });
    expect(s).toContain('B is 20 ms lower than A (better)');
    expect(s).toContain('significant difference');
    expect(s).toContain('p = 0.002');
  });
  it('says there is no significant difference otherwise', () => {
    const s = significanceSentence('B', 'A', 'rating', ' of 5', true, { ...base, difference: 0.2, p_value: 0.41, significant: false });
    expect(s).toContain('no significant difference between B and A');
  });
  it('says when there is not enough data', () => {
    const s = significanceSentence('B', 'A', 'rating', '', true, { ...base, n: [1, 0], difference: null, p_value: null, significant: false });
    expect(s).toContain('not enough data');
  });
});
