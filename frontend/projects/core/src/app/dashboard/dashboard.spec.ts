import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@llmworks/ui-kit';
import { DashboardPage } from './dashboard';

async function settle(f: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 4; i++) { await f.whenStable(); await new Promise((r) => setTimeout(r)); }
}
const page = (items: unknown[], total = items.length) => ({ items, total, limit: 1, offset: 0 });

describe('DashboardPage', () => {
  it('shows counts, jobs and events of the selected project; missing plugins say so', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    TestBed.inject(SessionStore).user.set({ id: 1, username: 'ada', role: 'admin', projects: [{ id: 4, name: 'Demo', slug: 'demo', role: 'maintainer' }] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DashboardPage);
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/datasets').flush({ title: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    http.expectOne((r) => r.url === '/api/models').flush(page([], 2));
    http.expectOne((r) => r.url === '/api/jobs' && r.params.get('state') === 'running').flush(page([], 1));
    http.expectOne((r) => r.url === '/api/jobs' && r.params.get('state') === 'queued').flush(page([], 3));
    const jobs = http.expectOne((r) => r.url === '/api/jobs' && !r.params.has('state'));
    expect(jobs.request.params.get('project_id')).toBe('4');
    jobs.flush(page([{ id: 11, kind: 'torch.lora', title: 'LoRA on demo', state: 'running', progress: { fraction: 0.5 } }]));
    http.expectOne((r) => r.url === '/api/events/history').flush(page([{ id: 5, type: 'job.started', ts: new Date().toISOString(), subject_kind: 'job', subject_id: 11, data: {} }]));
    await settle(fixture);
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('plugin not installed');
    expect(text).toContain('LoRA on demo');
    expect(text).toContain('job started · job 11');
    const values = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.value')).map((v) => v.textContent?.trim());
    expect(values).toEqual(['—', '1', '3', '2']);
  });
});
