import { labelPieces, policyFor, safetyBody, type SafetyPolicyInfo } from './safety';

const policy = (id: number, scope: string, target: string | null, enabled = true): SafetyPolicyInfo =>
  ({ id, name: `p${id}`, scope, target, enabled, filters: {} });

describe('playground safety toggles', () => {
  it('sends only the filters switched away from the policy', () => {
    expect(safetyBody({ pii: 'off', offensive: 'policy', length: 'on' })).toEqual({ pii: false, length: true });
    expect(safetyBody({ pii: 'policy' })).toBeNull();
  });

  it('picks the route policy, then the A/B test policy, then the project policy', () => {
    const all = [policy(1, 'project', null), policy(2, 'route', 'bot'), policy(3, 'ab_test', 'bot-ab'), policy(4, 'route', 'off', false)];
    expect(policyFor(all, 'bot')?.id).toBe(2);
    expect(policyFor(all, 'bot-ab')?.id).toBe(3);
    expect(policyFor(all, 'other')?.id).toBe(1);
    expect(policyFor(all, 'off')?.id).toBe(1);            // a disabled policy does not apply
    expect(policyFor([], 'bot')).toBeNull();
  });

  it('marks redaction labels in a sample', () => {
    expect(labelPieces('at <EMAIL>.')).toEqual([{ text: 'at ', label: false }, { text: '<EMAIL>', label: true }, { text: '.', label: false }]);
  });
});
