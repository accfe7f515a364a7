import { ApiError } from './problem';
import { apiClient, apiFetch } from './generated-client';

function answer(status: number, body: unknown, type = 'application/problem+json'): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': type } });
}

describe('apiFetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the session cookie and passes successful answers through', async () => {
    const spy = vi.fn(async () => answer(200, { ok: true }, 'application/json'));
    vi.stubGlobal('fetch', spy);
    const res = await apiFetch('/api/x', { method: 'POST' });
    expect(await res.json()).toEqual({ ok: true });
    expect(spy).toHaveBeenCalledWith('/api/x', { method: 'POST', credentials: 'same-origin' });
  });

  it('throws problem+json as an ApiError with field errors', async () => {
    vi.stubGlobal('fetch', async () => answer(422, {
      type: 'about:blank', title: 'Invalid request', status: 422, detail: 'name: too long',
      errors: [{ loc: ['body', 'name'], msg: 'too long' }],
    }));
    const err = await apiFetch('/api/x').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(422);
    expect(err.fieldErrors()).toEqual({ name: 'too long' });
    expect(err.summary).toBe('name: too long');
  });

  it('turns a network failure into ApiError(0)', async () => {
    vi.stubGlobal('fetch', async () => { throw new TypeError('Failed to fetch'); });
    const err = await apiFetch('/api/x').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(0);
  });
});

describe('apiClient', () => {
  it('makes one client per class, same-origin, with apiFetch', () => {
    class Fake { constructor(readonly options: { baseUrl: string; fetch?: unknown }) {} }
    const a = apiClient(Fake);
    expect(apiClient(Fake)).toBe(a);
    expect(a.options).toEqual({ baseUrl: '', fetch: apiFetch });
  });
});
