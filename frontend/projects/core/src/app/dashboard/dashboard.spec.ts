import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@llmworks/ui-kit';
import { DashboardPage } from './dashboard';

async function settle(f: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 4; i++) { await f.whenStable(); await new Promise((r) => setTimeout(r)); }
}

const DASHBOARD = {
  figures: [
    { name: 'datasets', label: 'Datasets', value: 3, link: '/datasets', plugin: 'datasets' },
    { name: 'running_jobs', label: 'Running jobs', value: 1, link: '/jobs?state=running', plugin: 'core' },
    { name: 'custom_models', label: 'Custom models', value: null, link: '/models', plugin: 'torch', error: 'RuntimeError: db' },
  ],
  recent_events: [{ id: 5, type: 'job.started', ts: new Date().toISOString(), subject_kind: 'job', subject_id: 11, data: {} }],
};
const JOBS = { items: [{ id: 11, kind: 'torch.lora', title: 'LoRA on demo', state: 'running', progress: { fraction: 0.5 } }], total: 1, limit: 6, offset: 0 };

describe('DashboardPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the figures, recent jobs and events of the selected project', async () => {
    // The page calls the API through the generated client (fetch, same origin).
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (input: string) => {
      urls.push(input);
      const path = new URL(input, 'http://x').pathname;
      const body = path === '/api/dashboard' ? DASHBOARD : path === '/api/jobs' ? JOBS : { title: 'Not found' };
      return new Response(JSON.stringify(body), { status: path in { '/api/dashboard': 1, '/api/jobs': 1 } ? 200 : 404, headers: { 'content-type': 'application/json' } });
    });
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    TestBed.inject(SessionStore).user.set({ id: 1, username: 'ada', role: 'admin', projects: [{ id: 4, name: 'Demo', slug: 'demo', role: 'maintainer' }] });
    const fixture = TestBed.createComponent(DashboardPage);
    await settle(fixture);
    await settle(fixture);
    expect(urls).toContain('/api/dashboard?project_id=4&events=60');
    expect(urls).toContain('/api/jobs?project_id=4&limit=6');
    const el = fixture.nativeElement as HTMLElement;
    const values = Array.from(el.querySelectorAll('.value')).map((v) => v.textContent?.trim());
    expect(values).toEqual(['3', '1', '—']);
    expect(el.textContent).toContain('unavailable');
    expect(el.textContent).toContain('LoRA on demo');
    expect(el.textContent).toContain('job started · job 11');
    expect(el.querySelector('a.stat-card[href="/jobs?state=running"]')).not.toBeNull();
  });
});

describe('groupEvents', () => {
  it('collapses repeated events of one subject into one line with a count', async () => {
    const { groupEvents } = await import('./event-label');
    const ev = (id: number, type: string, subject: string) => ({ id, type, ts: '2026-01-01T00:00:00Z', project_id: 1, subject_kind: 'run', subject_id: subject, data: {} });
    const groups = groupEvents([ev(5, 'run.metrics', '7'), ev(4, 'run.metrics', '7'), ev(3, 'run.metrics', '7'), ev(2, 'job.succeeded', '7'), ev(1, 'run.metrics', '8')] as never);
    expect(groups.map((g) => [g.event.id, g.count])).toEqual([[5, 3], [2, 1], [1, 1]]);
  });
});
