import { initFederation } from '@angular-architects/native-federation';

// Only used when this remote runs on its own; inside llmworks the shell loads ./routes.
initFederation({}, { hostRemoteEntry: { url: new URL('remoteEntry.json', document.baseURI).href } })
  .catch((err) => console.error(err))
  .then(() => import('./bootstrap'))
  .catch((err) => console.error(err));
