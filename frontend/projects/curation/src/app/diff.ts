/** A word-level diff (longest common subsequence) for showing what a curation step changed. */
export interface DiffPart { kind: 'same' | 'add' | 'del'; text: string }

const TOKEN = /\s+|[^\s]+/gu;

export function wordDiff(before: string, after: string, maxTokens = 2000): DiffPart[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  if (a.length > maxTokens || b.length > maxTokens) {  // too long for a table: show both whole
    return before === after ? [{ kind: 'same', text: before }] : [{ kind: 'del', text: before }, { kind: 'add', text: after }];
  }
  const n = a.length, m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text; else out.push({ kind, text });
  };
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { push('same', a[i]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) { push('del', a[i]); i++; }
    else { push('add', b[j]); j++; }
  }
  while (i < n) push('del', a[i++]);
  while (j < m) push('add', b[j++]);
  return out;
}

/** The text of a row (text; prompt and completion; chosen/rejected; chat messages), one field a line. */
export function rowText(row: Record<string, unknown> | null | undefined): string {
  if (!row) return '';
  const parts: string[] = [];
  for (const key of ['text', 'prompt', 'completion', 'chosen', 'rejected']) {
    if (typeof row[key] === 'string') parts.push(row[key] as string);
  }
  const messages = row['messages'];
  if (Array.isArray(messages)) {
    for (const m of messages) {
      if (m && typeof m === 'object' && typeof (m as Record<string, unknown>)['content'] === 'string') {
        parts.push(`${(m as Record<string, unknown>)['role']}: ${(m as Record<string, unknown>)['content']}`);
      }
    }
  }
  return parts.join('\n');
}
