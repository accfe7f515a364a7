import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiClient } from '@llmworks/ui-kit';
import { DeploymentsPage } from './deployments-page';

async function settle(f: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 4; i++) { await f.whenStable(); await new Promise((r) => setTimeout(r)); }
}

const TARGETS = [
  { name: 'local', description: 'A local process', long_running: true, available: true, reason: '', settings_schema: {
    type: 'object', properties: { host: { default: '127.0.0.1', title: 'Host', type: 'string', pattern: '^[0-9A-Za-z.:-]{1,255}$' } } } },
  { name: 'kubernetes', description: 'Manifests', long_running: false, available: true, reason: '', settings_schema: {
    type: 'object', properties: {
      replicas: { default: 1, maximum: 100, minimum: 0, title: 'Replicas', type: 'integer' },
      namespace: { default: 'default', maxLength: 63, title: 'Namespace', type: 'string' } } } },
];

describe('DeploymentsPage', () => {
  it('edits the target settings as a form or as JSON, and posts exactly what they hold', async () => {
    const posts: unknown[] = [];
    const api = {
      get: async (url: string) => (url.endsWith('/targets') ? TARGETS : { items: [], total: 0, limit: 100, offset: 0 }),
      post: async (_url: string, body: unknown) => { posts.push(body); return { id: 7 }; },
    };
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: ApiClient, useValue: api }] });
    const fixture = TestBed.createComponent(DeploymentsPage);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const byLabel = <T extends HTMLElement>(label: string) => el.querySelector<T>(`[aria-label="${label}"]`);
    const edit = async (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, event = 'change') => {
      control.value = value;
      control.dispatchEvent(new Event(event));
      await settle(fixture);
    };

    expect(byLabel<HTMLInputElement>('Host')?.placeholder).toBe('127.0.0.1');   // the local target's defaults
    await edit(byLabel<HTMLSelectElement>('Target')!, 'kubernetes');
    expect(byLabel('Host')).toBeNull();
    await edit(byLabel<HTMLInputElement>('Replicas')!, '2');

    const toggle = Array.from(el.querySelectorAll('label')).find((l) => l.textContent?.includes('Edit as JSON'))!.querySelector('input')!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    await settle(fixture);
    const json = byLabel<HTMLTextAreaElement>('Settings JSON')!;
    expect(JSON.parse(json.value)).toEqual({ replicas: 2 });

    await edit(json, '{"replicas": ', 'input');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('not valid JSON');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(posts).toEqual([]);                                   // refused beside the text, no request

    await edit(json, '{"replicas": 3, "namespace": "ml"}', 'input');
    expect(el.querySelector('[role=alert]')).toBeNull();
    toggle.checked = false;
    toggle.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(byLabel<HTMLInputElement>('Replicas')!.value).toBe('3');
    expect(byLabel<HTMLInputElement>('Namespace')!.value).toBe('ml');

    await edit(byLabel<HTMLInputElement>('Deployment name')!, 'bot', 'input');
    await edit(byLabel<HTMLInputElement>('Model')!, 'base:demo', 'input');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(posts).toEqual([{ project_id: null, name: 'bot', target: 'kubernetes', model: 'base:demo', settings: { replicas: 3, namespace: 'ml' } }]);
    fixture.destroy();
  });
});
