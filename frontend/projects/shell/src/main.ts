import { initFederation } from '@angular-architects/native-federation';

// The shell shares Angular and the UI kit; plugin remotes are added at run time from
// GET /api/ui/manifest (see core/plugin-loader.ts), so federation starts with none.
// Absolute URL: a deep link such as /datasets/3 must not resolve it under /datasets/.
initFederation({}, { hostRemoteEntry: { url: new URL('remoteEntry.json', document.baseURI).href } })
  .catch((err) => console.error('federation init failed', err))
  .then(() => import('./bootstrap'))
  .catch((err) => console.error(err));
