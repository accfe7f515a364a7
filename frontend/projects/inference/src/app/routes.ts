import { Routes } from '@angular/router';

/** Pages of the `inference` plugin; the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'playground', title: 'Playground', loadComponent: () => import('./playground/playground').then((m) => m.PlaygroundPage) },
  { path: 'routes', title: 'Routes & A/B tests', loadComponent: () => import('./routes-page/routes-page').then((m) => m.RoutesPage) },
];

export default routes;
