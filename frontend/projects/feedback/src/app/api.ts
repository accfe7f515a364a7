import type { AnswerOut as Answer } from '@llmworks/api-client';

/** The annotation page's unfinished answer: what it keeps while an annotator works on an item and
 * saves as the assignment's draft (the API stores it as given, `TaskView.draft`). The API's own
 * shapes are the generated client's types (`@llmworks/api-client`). */
export type Draft = {
  ranking?: number[];
  scores?: Record<string, Record<string, number>>;
  preferred?: number | null;
  tie?: boolean;
  correction?: string;
  seconds?: number;
};

/** One answer in a line: ranking, scores, pairwise choice, correction, time spent. */
export function describeAnswer(a: Answer): string {
  const parts: string[] = [];
  if (a.ranking) parts.push('ranking ' + a.ranking.map((c) => '#' + c).join(' > '));
  if (a.scores) parts.push('scores ' + Object.entries(a.scores).map(([c, s]) => `#${c} ${Object.values(s).join('/')}`).join(', '));
  if (a.preferred != null || a.tie) parts.push(a.tie ? 'tie' : `prefers #${a.preferred}`);
  if (a.correction) parts.push(`correction "${a.correction.text}"`);
  if (a.seconds != null) parts.push(`${a.seconds}s`);
  return parts.join(' · ');
}
