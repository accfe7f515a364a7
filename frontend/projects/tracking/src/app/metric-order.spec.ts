import { byImportance, orderMetrics } from './metric-order';

describe('metric order', () => {
  it('puts loss, validation loss, perplexity and evaluation scores before the alphabetical rest', () => {
    const keys = ['accuracy_extra', 'grad_norm', 'bleu', 'learning_rate', 'val_loss', 'eval/rougeL', 'loss', 'perplexity', 'epoch'];
    expect([...keys].sort(byImportance)).toEqual(
      ['loss', 'val_loss', 'perplexity', 'bleu', 'eval/rougeL', 'accuracy_extra', 'epoch', 'grad_norm', 'learning_rate']);
  });
  it('orders objects by a key', () => {
    expect(orderMetrics([{ k: 'z' }, { k: 'loss' }], (m) => m.k).map((m) => m.k)).toEqual(['loss', 'z']);
  });
});
