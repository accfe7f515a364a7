import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { ManifestRemote, PluginLoader, describeFailure, routesFor } from './plugin-loader';
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
