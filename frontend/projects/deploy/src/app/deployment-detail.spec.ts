import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiClient, ApiError } from '@llmworks/ui-kit';
import { DeploymentDetailPage } from './deployment-detail';

async function settle(f: { whenStable(): Promise<unknown>; detectChanges(): void }) {
  for (let i = 0; i < 4; i++) { await f.whenStable(); await new Promise((r) => setTimeout(r)); f.detectChanges(); }
}

const rev = (number: number, reason: string, rollback_of: number | null = null, replaced_by: number | null = null) => ({
  number, model: 'base:demo', adapters: [], settings: {}, reason, rollback_of, state: replaced_by == null ? 'running' : 'replaced',
  message: '', job_id: null, outputs: {}, replaced_by, replaced_at: replaced_by == null ? null : '2026-01-01T00:05:00Z',
  created_at: '2026-01-01T00:00:00Z',
});
const dep = (revision: number, rollback_to: number | null, revisions = [rev(2, 'redeploy'), rev(1, 'deploy')]) => ({
  id: 5, project_id: 1, name: 'chat', target: 'local', state: 'running', message: '', revision, model: 'base:demo', adapters: [],
  outputs: {}, health: {}, restarts: 0, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', revisions, rollback_to,
});

/** A fake ApiClient: GET of the deployment answers `current` (or waits on `hold` when set); POSTs answer `post`. */
function fakeApi() {
  const api = {
    current: dep(2, null) as unknown,
    hold: null as Promise<unknown> | null,
    post: async (_url: string): Promise<unknown> => dep(3, 2),
    posts: [] as string[],
  };
  const client = {
    get: async (url: string) => {
      if (url.endsWith('/deployments/5')) { const now = api.current; return api.hold ? api.hold.then(() => now) : now; }
      if (url.endsWith('/health')) return { ok: true };
      if (url.endsWith('/events')) return { items: [], total: 0, limit: 200, offset: 0 };
      return { text: '', offset: 0, next_offset: 0, size: 0 };
    },
    post: async (url: string) => { api.posts.push(url); return api.post(url); },
  };
  return { api, client };
}

async function open(client: unknown) {
  TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: ApiClient, useValue: client }] });
  const fixture = TestBed.createComponent(DeploymentDetailPage);
  fixture.componentRef.setInput('deploymentId', '5');
  await settle(fixture);
  const el = fixture.nativeElement as HTMLElement;
  const button = (name: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(name))!;
  const rows = () => Array.from(el.querySelectorAll('table[aria-label="Revisions"] tbody tr')).map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
  const poll = () => (fixture.componentInstance as unknown as { poll(id: string): Promise<void> }).poll('5');
  return { fixture, el, button, rows, poll };
}

describe('DeploymentDetailPage', () => {
  it('offers Roll back only when the server names a revision to roll back to', async () => {
    const { api, client } = fakeApi();
    const { fixture, button, poll } = await open(client);
    expect(button('Roll back').disabled).toBe(true);                 // a redeploy of the same spec: nothing to go back to
    api.current = dep(3, 2, [rev(3, 'redeploy'), rev(2, 'redeploy'), rev(1, 'deploy')]);
    await poll();
    await settle(fixture);
    expect(button('Roll back').disabled).toBe(false);
    expect(button('Roll back').title).toBe('Deploy again what revision 2 served');
    fixture.destroy();
  });

  it('says which revision replaced an earlier one; only the current one runs', async () => {
    const { api, client } = fakeApi();
    api.current = dep(3, 2, [rev(3, 'rollback', 1), rev(2, 'redeploy', null, 3), rev(1, 'deploy', null, 2)]);
    const { fixture, el, rows } = await open(client);
    expect(rows()[0]).toContain('running');
    expect(rows()[0]).not.toContain('by revision');
    expect(rows()[1]).toContain('replaced by revision 3');
    expect(rows()[2]).toContain('replaced by revision 2');
    expect(el.querySelectorAll('tbody tr')[1].querySelector('[title]')?.getAttribute('title')).toBe('2026-01-01T00:05:00Z');
    fixture.destroy();
  });

  it('keeps a refused action\'s error on screen while the page polls', async () => {
    const { api, client } = fakeApi();
    api.current = dep(3, 2, [rev(3, 'redeploy'), rev(2, 'redeploy'), rev(1, 'deploy')]);
    const { fixture, el, button, rows, poll } = await open(client);
    api.post = async () => { throw new ApiError(422, { title: 'Invalid request', detail: 'nothing to roll back to', status: 422 }); };
    button('Roll back').click();
    await settle(fixture);
    await poll();
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('nothing to roll back to');
    expect(rows().length).toBe(3);
    fixture.destroy();
  });

  it('shows the rollback\'s answer, not a poll that started before it came', async () => {
    const { api, client } = fakeApi();
    api.current = dep(3, 2, [rev(3, 'redeploy'), rev(2, 'redeploy'), rev(1, 'deploy')]);
    const { fixture, el, button, rows, poll } = await open(client);
    let release!: () => void;
    api.hold = new Promise<void>((r) => { release = r; });
    const stale = poll();                                              // in flight with the state before the rollback
    api.post = async () => dep(4, 3, [rev(4, 'rollback', 2), rev(3, 'redeploy'), rev(2, 'redeploy'), rev(1, 'deploy')]);
    button('Roll back').click();
    await settle(fixture);
    release();
    await stale;
    await settle(fixture);
    expect(rows()[0]).toContain('rollback of 2');
    expect(el.querySelector('tr.current')?.textContent).toContain('rollback of 2');
    expect(el.querySelector('.subtitle')?.textContent).toContain('revision 4');
    expect(api.posts).toEqual(['/api/plugins/deploy/deployments/5/rollback']);
    fixture.destroy();
  });
});
