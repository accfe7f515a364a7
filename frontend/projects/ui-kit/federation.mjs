// The native-federation settings every llmworks UI plugin is built with: the shell (host) and
// each remote share Angular, RxJS and @llmworks/ui-kit as strict singletons, so a remote runs on
// the shell's one copy of each. Used by the workspace's generated federation configs
// (scripts/workspace.mjs) and shipped in the @llmworks/ui-kit package for plugins built outside
// this repository:
//
//   // federation.config.mjs of a plugin's own workspace
//   import { llmworksFederation } from '@llmworks/ui-kit/federation.mjs';
//   export default llmworksFederation({ name: 'my-plugin', exposes: { './routes': './src/app/routes.ts' } });
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withNativeFederation, shareAll } from '@angular-architects/native-federation/config';

const SINGLETON = { singleton: true, strictVersion: true, requiredVersion: 'auto', build: 'package' };
/** This UI kit's version (its package.json sits beside this file, in the workspace and in the package). */
const UI_KIT_VERSION = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

/**
 * Not shared: packages never loaded at run time (test helpers, fonts, the module shim), and the
 * generated API client, which each bundle carries itself: a plugin installed later brings a
 * client that knows its own routes, while the shell's copy was generated before it existed.
 */
export const SKIP = ['rxjs/ajax', 'rxjs/fetch', 'rxjs/testing', 'rxjs/webSocket', 'material-symbols', 'es-module-shims', '@llmworks/api-client'];

/**
 * A plugin built elsewhere installs the UI kit as a package, from a file or a tarball: require
 * its version rather than that install spec, so the remote runs on the shell's copy. (In the
 * llmworks workspace the UI kit is a path mapping, shared without this.)
 */
function uiKitPackage() {
  let deps = {};
  try {
    deps = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).dependencies ?? {};
  } catch {
    return {};
  }
  return '@llmworks/ui-kit' in deps ? { '@llmworks/ui-kit': { ...SINGLETON, requiredVersion: `~${UI_KIT_VERSION}` } } : {};
}

/**
 * A federation config. `exposes` is empty for the shell; a plugin remote exposes `./routes`
 * (a module exporting `routes: Routes`, whose first path segments are the plugin's `UIRoute`s).
 */
export function llmworksFederation({ name, exposes = {}, skip = [] }) {
  return withNativeFederation({
    name,
    exposes,
    shared: {
      ...shareAll(SINGLETON, {
        overrides: {
          // includeSecondaries opts @angular/core out of ignoreUnusedDeps: all of it is shared,
          // or a remote that uses a chart library fails with NG0203.
          '@angular/core': { ...SINGLETON, includeSecondaries: { keepAll: true } },
          ...uiKitPackage(),
        },
      }),
    },
    skip: [...SKIP, ...skip],
    features: { denseChunking: true },
  });
}
