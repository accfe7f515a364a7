/** Client-side helpers of the inference pages (the API's shapes are the generated client's types). */
import type { GenerationParams, TokenMap } from '@llmworks/api-client';

export const DEFAULT_PARAMS: Required<GenerationParams> = {
  max_new_tokens: 64, temperature: 1.0, top_k: 0, top_p: 1.0, repetition_penalty: 1.0, stop: [], seed: null, logprobs: true, top_logprobs: 5,
};

/** Decodes a `uint8` attention map (bytes × scale) into rows. */
export function decodeMap(map: TokenMap): number[][] {
  const bytes = Uint8Array.from(atob(map.data), (c) => c.charCodeAt(0));
  const [rows, cols] = map.shape;
  const out: number[][] = [];
  if (map.encoding === 'uint8') {
    const scale = map.scale ?? 1 / 255;
    for (let r = 0; r < rows; r++) out.push(Array.from(bytes.subarray(r * cols, (r + 1) * cols), (b) => b * scale));
    return out;
  }
  const view = new DataView(bytes.buffer);
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(halfToFloat(view.getUint16((r * cols + c) * 2, true)));
    out.push(row);
  }
  return out;
}

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}
