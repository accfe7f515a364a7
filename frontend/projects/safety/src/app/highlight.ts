/** Splitting a text into plain and highlighted pieces: findings (offsets into the text) and
 * redaction labels (`<EMAIL>`) in a redacted text or a log sample. */

export interface Span {
  start: number;
  end: number;
  filter: string;
  type: string;
  action: string;
  rule?: string | null;
  message?: string | null;
  score?: number;
}

export interface Segment {
  text: string;
  /** The findings covering this piece (empty: plain text). */
  marks: Span[];
}

/** Cuts `text` at every finding boundary; each piece lists the findings that cover it. Empty
 * spans (a length cut at the end) and spans outside the text mark nothing. */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans.filter((s) => s.end > s.start && s.start >= 0 && s.start < text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(Math.min(s.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const marks = valid.filter((s) => s.start <= a && s.end >= b);
    const prev = out[out.length - 1];
    if (prev && !prev.marks.length && !marks.length) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), marks });
  }
  return out;
}

const LABEL = /<[A-Z][A-Z0-9_]*>/g;

/** Pieces of a redacted text: each `<LABEL>` a highlighted piece of its own. */
export function labelSegments(text: string): { text: string; label: boolean }[] {
  const out: { text: string; label: boolean }[] = [];
  let pos = 0;
  for (const m of text.matchAll(LABEL)) {
    if (m.index! > pos) out.push({ text: text.slice(pos, m.index), label: false });
    out.push({ text: m[0], label: true });
    pos = m.index! + m[0].length;
  }
  if (pos < text.length || !out.length) out.push({ text: text.slice(pos), label: false });
  return out;
}

/** The strongest action of a list (block > redact > warn > allow). */
export function strongest(actions: readonly string[]): string {
  const order = ['allow', 'warn', 'redact', 'block'];
  return actions.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'allow');
}

/** CSS tone of an action chip. */
export function actionTone(action: string | null | undefined): string {
  return action === 'block' ? 'danger' : action === 'redact' ? 'warn' : action === 'warn' ? 'info' : 'ok';
}
