/**
 * The order metrics are shown in: what people look at first (training and validation loss,
 * perplexity, then evaluation scores), then the rest alphabetically. A key matches by its last
 * path segment too (`eval/bleu` ranks as `bleu`).
 */
const FIRST = [
  'loss', 'train_loss', 'final_step_loss', 'val_loss', 'eval_loss', 'validation_loss',
  'perplexity', 'val_perplexity', 'eval_perplexity',
  'bleu', 'rougeL', 'rouge1', 'rouge2', 'rougeLsum', 'gleu', 'exact_match', 'accuracy', 'lambada', 'f1', 'toxicity',
];

export function metricRank(key: string): number {
  const direct = FIRST.indexOf(key);
  if (direct >= 0) return direct;
  const last = FIRST.indexOf(key.split('/').pop() ?? key);
  return last >= 0 ? last + 0.5 : FIRST.length;
}

/** Sorts by importance (see above), then by name. */
export function byImportance(a: string, b: string): number {
  return metricRank(a) - metricRank(b) || a.localeCompare(b);
}

export function orderMetrics<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => byImportance(key(x), key(y)));
}
