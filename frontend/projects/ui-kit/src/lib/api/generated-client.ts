import { ApiError, Problem } from './problem';

/** The `fetch` signature the generated TypeScript client (sdk_gen) accepts in its options. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Options the generated client's constructor takes (`new LlmworksClient(options)`). */
export interface GeneratedClientOptions {
  baseUrl: string;
  fetch?: FetchLike;
}

/** Problem+json (or FastAPI's plain 422 list) of an error answer, as the UI kit's {@link ApiError}. */
export async function problemOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  const text = await response.text().catch(() => '');
  try { body = text ? JSON.parse(text) : null; } catch { body = { detail: text.slice(0, 2000) }; }
  const problem = (body && typeof body === 'object' ? body : {}) as Problem & { detail?: unknown };
  if (Array.isArray(problem.detail)) {
    return new ApiError(response.status, { title: 'Validation error', status: response.status, errors: problem.detail as Problem['errors'] });
  }
  return new ApiError(response.status, { ...problem, title: problem.title || response.statusText || `HTTP ${response.status}` });
}

/**
 * The `fetch` the UI gives the generated client: same origin, the session cookie, and every
 * failure thrown as the UI kit's {@link ApiError} (problem+json fields, `fieldErrors()` for
 * forms, `summary` for toasts), the same errors {@link ApiClient} throws.
 */
export const apiFetch: FetchLike = async (input, init) => {
  let response: Response;
  try {
    response = await fetch(input, { ...init, credentials: 'same-origin' });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { title: 'Network error', detail: 'The server could not be reached.' });
  }
  if (response.status >= 400) throw await problemOf(response);
  return response;
};

const clients = new WeakMap<object, unknown>();

/**
 * One instance of a generated API client class, talking to this server with {@link apiFetch}:
 *
 *     import { LlmworksClient } from '@llmworks/api-client';
 *     private readonly api = apiClient(LlmworksClient);
 *     const page = await this.api.datasets.listDatasets({ project_id: 1 });
 *
 * The client is generated from the server's OpenAPI schema at build time (see frontend/README.md);
 * a plugin built outside this repository generates its own the same way.
 */
export function apiClient<C>(Client: new (options: GeneratedClientOptions) => C): C {
  let client = clients.get(Client) as C | undefined;
  if (!client) {
    client = new Client({ baseUrl: '', fetch: apiFetch });
    clients.set(Client, client);
  }
  return client;
}
