import { ApiError } from '@llmworks/ui-kit';

export interface SseMessage { event: string; data: string }

/** Splits a text/event-stream body into messages (handles chunks cut anywhere). */
export class SseParser {
  private buffer = '';

  push(chunk: string): SseMessage[] {
    this.buffer += chunk.replace(/\r\n/g, '\n');
    const out: SseMessage[] = [];
    let cut: number;
    while ((cut = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const i = line.indexOf(':');
        const field = i < 0 ? line : line.slice(0, i);
        const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length) out.push({ event, data: data.join('\n') });
    }
    return out;
  }
}

/**
 * POSTs JSON and yields the server-sent events of the response (EventSource can only GET).
 * A non-2xx answer throws an {@link ApiError} from its problem+json body.
 */
export async function* postSse(url: string, body: unknown, signal?: AbortSignal): AsyncGenerator<SseMessage> {
  const res = await fetch(url, {
    method: 'POST', credentials: 'same-origin', signal,
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
  if (!res.ok || !res.body) {
    let problem: Record<string, unknown> = {};
    try { problem = await res.json(); } catch { /* not JSON */ }
    if (Array.isArray(problem['detail'])) problem = { title: 'Validation error', errors: problem['detail'] };
    // the whole body stays on the error: extension members (a safety block's filter, rule, findings) included
    throw Object.assign(new ApiError(res.status, { title: res.statusText, ...problem }), { problem });
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const msg of parser.push(value)) yield msg;
  }
}
