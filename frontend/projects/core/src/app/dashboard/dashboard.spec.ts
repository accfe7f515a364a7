import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@llmworks/ui-kit';
import { DashboardPage } from './dashboard';

async function settle(f: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 4; i++) { await f.whenStable(); await new Promise((r) => setTimeout(r)); }
}

describe('DashboardPage', () => {
  it('shows the figures, recent jobs and events of the selected project', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    TestBed.inject(SessionStore).user.set({ id: 1, username: 'ada', role: 'admin', projects: [{ id: 4, name: 'Demo', slug: 'demo', role: 'maintainer' }] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DashboardPage);
    await settle(fixture);
    const dash = http.expectOne((r) => r.url === '/api/dashboard');
    expect(dash.request.params.get('project_id')).toBe('4');
    dash.flush({
      figures: [
        { name: 'datasets', label: 'Datasets', value: 3, link: '/datasets', plugin: 'datasets' },
        { name: 'running_jobs', label: 'Running jobs', value: 1, link: '/jobs?state=running', plugin: 'core' },
        { name: 'custom_models', label: 'Custom models', value: null, link: '/models', plugin: 'torch', error: 'RuntimeError: db' },
      ],
      recent_events: [{ id: 5, type: 'job.started', ts: new Date().toISOString(), subject_kind: 'job', subject_id: 11, data: {} }],
    });
    http.expectOne((r) => r.url === '/api/jobs').flush({ items: [{ id: 11, kind: 'torch.lora', title: 'LoRA on demo', state: 'running', progress: { fraction: 0.5 } }], total: 1, limit: 6, offset: 0 });
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const values = Array.from(el.querySelectorAll('.value')).map((v) => v.textContent?.trim());
    expect(values).toEqual(['3', '1', '—']);
    expect(el.textContent).toContain('unavailable');
    expect(el.textContent).toContain('LoRA on demo');
    expect(el.textContent).toContain('job started · job 11');
    expect(el.querySelector('a.stat-card[href="/jobs?state=running"]')).not.toBeNull();
  });
});
