import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { ManifestRemote, NavItem, PluginLoader, allowedForLabeler, describeFailure, routesFor } from './plugin-loader';
import { SessionStore } from '@llmworks/ui-kit';
import { PluginErrorPage } from '../pages/plugin-error';

const remote: ManifestRemote = {
  plugin: 'datasets', remote_entry: '/ui/remotes/datasets/remoteEntry.json', exposed_module: './routes',
  routes: [{ path: 'datasets', title: 'Datasets', icon: 'dataset', order: 10 }],
};

describe('routesFor', () => {
  it('mounts the routes a remote exports', () => {
    const child = { path: 'datasets', children: [] };
    const { routes, error } = routesFor(remote, { status: 'fulfilled', value: { routes: [child] } });
    expect(error).toBeUndefined();
    expect(routes).toEqual([{ path: '', children: [child], data: { plugin: 'datasets' } }]);
  });

  it('puts an error card on every route of a remote that failed', () => {
    const { routes, error } = routesFor(remote, { status: 'rejected', reason: new TypeError('Failed to fetch') });
    expect(error).toBe('Failed to fetch');
    expect(routes.map((r) => r.path)).toEqual(['datasets', 'datasets/**']);
    expect(routes.every((r) => r.component === PluginErrorPage && r.data?.['error'] === 'Failed to fetch')).toBe(true);
  });

  it('treats a module without routes as a failure', () => {
    const { error } = routesFor(remote, { status: 'fulfilled', value: {} });
    expect(error).toContain('does not export "routes"');
  });

  it('describes any rejection reason', () => {
    expect(describeFailure('nope')).toBe('nope');
    expect(describeFailure({ code: 1 })).toBe('{"code":1}');
  });
});

describe('PluginLoader', () => {
  it('keeps working when the manifest cannot be read', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const loader = TestBed.inject(PluginLoader);
    const http = TestBed.inject(HttpTestingController);
    const done = loader.load();
    http.expectOne('/api/ui/manifest').flush({ title: 'Boom' }, { status: 500, statusText: 'Server Error' });
    await done;
    expect(loader.manifestError()).toContain('Boom');
    expect(loader.nav()).toEqual([]);
    expect(loader.loaded()).toBe(true);
    const paths = TestBed.inject(Router).config.map((r) => r.path);
    expect(paths).toEqual(['login', '']);
  });
});

describe('PluginLoader with server-side failures', () => {
  it('gives a remote whose bundle is missing a navigation entry and the error card with the hint', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const loader = TestBed.inject(PluginLoader);
    const http = TestBed.inject(HttpTestingController);
    const done = loader.load();
    http.expectOne('/api/ui/manifest').flush({
      remotes: [],
      failed: [
        { plugin: 'thirdparty', name: 'thirdparty', error: 'remote bundle missing: /x/remoteEntry.json', hint: "fix or uninstall the package 'llmworks-thirdparty'",
          routes: [{ path: 'third', title: 'Third', icon: 'bug_report', order: 5 }] },
        { plugin: 'broken', name: 'broken', error: 'import: ModuleNotFoundError: nope', hint: 'fix or uninstall', routes: [] },
      ],
    });
    await done;
    expect(loader.nav()).toEqual([{ path: 'third', title: 'Third', icon: 'bug_report', order: 5, plugin: 'thirdparty', failed: true }]);
    expect(loader.serverFailed().map((f) => f.plugin)).toEqual(['thirdparty', 'broken']);
    const layout = TestBed.inject(Router).config.find((r) => r.path === '')!;
    const card = layout.children!.find((r) => r.path === 'third')!;
    expect(card.component).toBe(PluginErrorPage);
    expect(card.data).toEqual({ plugin: 'thirdparty', error: 'remote bundle missing: /x/remoteEntry.json', hint: "fix or uninstall the package 'llmworks-thirdparty'" });
    expect(layout.children!.some((r) => r.path === 'third/**')).toBe(true);
  });
});

describe('labeler (annotation-only role)', () => {
  const nav: NavItem[] = [
    { path: 'datasets', title: 'Datasets', plugin: 'datasets', failed: false },
    { path: 'annotate', title: 'Annotate', plugin: 'feedback', failed: false, annotation: true },
  ];

  it('may open the annotation pages and home, nothing else', () => {
    expect(allowedForLabeler('/annotate', nav)).toBe(true);
    expect(allowedForLabeler('/annotate/3?x=1', nav)).toBe(true);
    expect(allowedForLabeler('/', nav)).toBe(true);
    expect(allowedForLabeler('/datasets', nav)).toBe(false);
    expect(allowedForLabeler('/plugins', nav)).toBe(false);
    expect(allowedForLabeler('/annotated', nav)).toBe(false);
  });

  it('sees only annotation pages in the navigation of a project where it is a labeler', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const loader = TestBed.inject(PluginLoader);
    const session = TestBed.inject(SessionStore);
    const http = TestBed.inject(HttpTestingController);
    const done = loader.load();
    http.expectOne('/api/ui/manifest').flush({ remotes: [], failed: [
      { plugin: 'datasets', error: 'x', routes: [{ path: 'datasets', title: 'Datasets' }] },
      { plugin: 'feedback', error: 'x', routes: [{ path: 'annotate', title: 'Annotate', annotation: true }] },
    ] });
    await done;
    const user = (role: string) => ({ id: 1, username: 'u', email: null, role: 'user', is_active: true, preferences: {},
                                      projects: [{ id: 7, name: 'p', slug: 'p', role }] });
    session.user.set(user('viewer') as never);
    expect(loader.nav().map((n) => n.path)).toEqual(['annotate', 'datasets']);
    session.user.set(user('labeler') as never);
    expect(loader.annotationOnly()).toBe(true);
    expect(loader.nav().map((n) => n.path)).toEqual(['annotate']);
  });
});
