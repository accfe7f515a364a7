/** Shapes of the inference plugin's API (plugins/inference/src/llmworks_inference/routers). */

export interface GenerationParams {
  max_new_tokens: number;
  temperature: number;
  top_k: number;
  top_p: number;
  repetition_penalty: number;
  stop: string[];
  seed: number | null;
  logprobs: boolean;
  top_logprobs: number;
}

export const DEFAULT_PARAMS: GenerationParams = {
  max_new_tokens: 64, temperature: 1.0, top_k: 0, top_p: 1.0, repetition_penalty: 1.0, stop: [], seed: null, logprobs: true, top_logprobs: 5,
};

export interface TokenAlternative { token_id: number; token: string; logprob: number }

export interface GeneratedToken {
  index: number;
  token_id: number;
  token: string;
  logprob: number | null;
  rank: number | null;
  entropy: number | null;
  top: TokenAlternative[];
}

export interface GenerationSummary {
  id: string;
  route?: string | null;
  name?: string | null;
  model?: string;
  backend?: string;
  adapter?: string | null;
  text?: string;
  prompt_tokens?: number;
  completion_tokens?: number;
  finish_reason?: string | null;
  latency_ms?: number | null;
  time_to_first_token_ms?: number | null;
  tokens_per_second?: number | null;
  metrics?: Record<string, number | null>;
}

export interface InferenceRoute {
  id: number;
  project_id: number;
  name: string;
  description: string;
  model: string;
  backend: string;
  adapter: string | null;
  params: Partial<GenerationParams>;
  created_at?: string;
}

export interface Backend {
  name: string;
  description: string;
  available: boolean;
  reason?: string | null;
  supports_attention: boolean;
  supports_adapters: boolean;
}

export interface EncodedMap {
  layer: number;
  head: number;
  encoding: 'float16' | 'uint8';
  shape: number[];
  data: string;
  scale?: number;
}

export interface AttentionPage {
  id: string;
  model: string;
  backend: string;
  layers: number;
  heads: number;
  seq_len: number;
  tokens: string[];
  truncated: boolean;
  maps: EncodedMap[];
  navigation: { previous?: { layer: number; head: number } | null; next?: { layer: number; head: number } | null };
  head_summary: { layer: number; head: number; mean_entropy: number; most_attended_tokens: (string | null)[] }[];
}

/** Decodes a `uint8` attention map (bytes × scale) into rows. */
export function decodeMap(map: EncodedMap): number[][] {
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

export interface PromptVersion {
  version: number;
  message: string;
  created_at: string;
  mode: 'chat' | 'completion';
  template: string;
  system_prompt: string;
  variables: Record<string, unknown>;
  examples: { input: string; output: string }[];
  history: { role: 'system' | 'user' | 'assistant'; content: string }[];
  params: Partial<GenerationParams>;
  routes: string[];
}

export interface SavedPrompt {
  id: number;
  project_id: number;
  name: string;
  description: string;
  latest_version: number;
  updated_at: string;
  current?: PromptVersion;
}
