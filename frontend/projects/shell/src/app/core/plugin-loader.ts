import { Injectable, computed, inject, signal } from '@angular/core';
import { Router, Routes } from '@angular/router';
import { loadRemoteModule } from '@angular-architects/native-federation';
import { ApiClient, SessionStore } from '@llmworks/ui-kit';
import { baseRoutes } from '../app.routes';
import { PluginErrorPage } from '../pages/plugin-error';

export interface ManifestRoute {
  path: string;
  title: string;
  icon?: string;
  order?: number;
  /** An annotation page: the only pages a `labeler` (the annotation-only role) is shown. */
  annotation?: boolean;
}

export interface ManifestRemote {
  plugin: string;
  remote_entry: string;
  exposed_module?: string;
  routes: ManifestRoute[];
}

/** A plugin the server could not offer: not loaded, a hook raised, or its bundle is missing. */
export interface ManifestFailure {
  plugin: string;
  name?: string;
  error: string;
  /** What to do about it ("fix or uninstall ...", or "make ui" in a source checkout). */
  hint?: string | null;
  /** The routes its remote declared (empty when the plugin did not load at all). */
  routes?: ManifestRoute[];
}

export interface UiManifest {
  remotes: ManifestRemote[];
  failed: ManifestFailure[];
}

export interface NavItem extends ManifestRoute {
  plugin: string;
  failed: boolean;
}

export interface RemoteState {
  plugin: string;
  remoteEntry: string;
  status: 'loaded' | 'failed';
  error?: string;
  hint?: string | null;
  routeCount: number;
}

type RemoteModule = { routes?: Routes; default?: Routes };

/** `plugin X failed to load: reason` from whatever the loader threw. */
export function describeFailure(reason: unknown): string {
  if (reason instanceof Error) return reason.message || reason.name;
  if (typeof reason === 'string') return reason;
  try { return JSON.stringify(reason); } catch { return String(reason); }
}

/** Routes of one remote: its own when it loaded, an error card on each of its paths when not. */
export function routesFor(remote: ManifestRemote, result: PromiseSettledResult<RemoteModule>): { routes: Routes; error?: string } {
  if (result.status === 'fulfilled') {
    const routes = result.value?.routes ?? result.value?.default;
    if (Array.isArray(routes)) return { routes: [{ path: '', children: routes, data: { plugin: remote.plugin } }] };
    return errorRoutes(remote, `${remote.exposed_module ?? './routes'} does not export "routes"`);
  }
  return errorRoutes(remote, describeFailure(result.reason));
}

/** Error cards on every path a remote declared (a remote that failed here or on the server). */
export function errorRoutes(remote: Pick<ManifestRemote, 'plugin' | 'routes'>, error: string, hint?: string | null): { routes: Routes; error: string } {
  const data = { plugin: remote.plugin, error, hint: hint ?? null };
  const routes = remote.routes.flatMap((r) => [
    { path: r.path, component: PluginErrorPage, data, title: r.title },
    { path: `${r.path}/**`, component: PluginErrorPage, data, title: r.title },
  ]);
  return { routes, error };
}

/**
 * Loads every plugin remote named by `GET /api/ui/manifest` at run time, all at once with
 * `Promise.allSettled`: a remote that fails gets an error card on its routes and everything
 * else keeps working. Builds the router config and the side navigation from the result.
 */
@Injectable({ providedIn: 'root' })
export class PluginLoader {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  private readonly allNav = signal<NavItem[]>([]);
  /** The signed-in user is a `labeler` of the selected project: annotation pages only. */
  readonly annotationOnly = computed(() => this.session.project()?.role === 'labeler');
  /** The navigation: every page, or only the annotation pages for a labeler. */
  readonly nav = computed<NavItem[]>(() => (this.annotationOnly() ? this.allNav().filter((n) => n.annotation) : this.allNav()));
  readonly remotes = signal<RemoteState[]>([]);
  readonly serverFailed = signal<ManifestFailure[]>([]);
  readonly manifestError = signal<string | null>(null);
  readonly loaded = signal(false);
  private loading: Promise<void> | null = null;

  load(): Promise<void> {
    this.loading ??= this.doLoad().finally(() => (this.loading = null));
    return this.loading;
  }

  private async doLoad(): Promise<void> {
    let manifest: UiManifest;
    try {
      manifest = await this.api.get<UiManifest>('/api/ui/manifest');
      this.manifestError.set(null);
    } catch (err) {
      manifest = { remotes: [], failed: [] };
      this.manifestError.set(describeFailure(err));
    }
    const remotes = manifest.remotes ?? [];
    const results = await Promise.allSettled(
      remotes.map((r) => loadRemoteModule<RemoteModule>({
        remoteEntry: new URL(r.remote_entry, document.baseURI).href,
        exposedModule: r.exposed_module || './routes',
      })),
    );

    const pluginRoutes: Routes = [];
    const states: RemoteState[] = [];
    const nav: NavItem[] = [];
    remotes.forEach((remote, i) => {
      const { routes, error } = routesFor(remote, results[i]);
      if (error) console.error(`plugin ${remote.plugin} failed to load: ${error}`);
      pluginRoutes.push(...routes);
      states.push({ plugin: remote.plugin, remoteEntry: remote.remote_entry, status: error ? 'failed' : 'loaded', error, routeCount: remote.routes.length });
      for (const r of remote.routes) nav.push({ ...r, plugin: remote.plugin, failed: !!error });
    });
    // Remotes the server could not offer (bundle missing, register_ui raised) keep their
    // navigation entries and show the error card there, not "Page not found".
    const failed = manifest.failed ?? [];
    for (const f of failed) {
      const declared = f.routes ?? [];
      if (!declared.length) continue;
      pluginRoutes.push(...errorRoutes({ plugin: f.plugin, routes: declared }, f.error, f.hint).routes);
      for (const r of declared) nav.push({ ...r, plugin: f.plugin, failed: true });
    }
    nav.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.title.localeCompare(b.title));

    this.router.resetConfig(baseRoutes(pluginRoutes));
    this.remotes.set(states);
    this.serverFailed.set(failed);
    this.allNav.set(nav);
    this.loaded.set(true);
  }
}

/** Whether a labeler may open `url`: an annotation page (or home, which redirects to one). */
export function allowedForLabeler(url: string, nav: NavItem[]): boolean {
  const first = url.replace(/^\/+/, '').split(/[/?#]/)[0];
  return first === '' || first === 'forbidden' || nav.some((n) => n.annotation && n.path.split('/')[0] === first);
}
