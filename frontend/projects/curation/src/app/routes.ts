import { Routes } from '@angular/router';

/** Pages of the `curation` plugin; the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'curation', title: 'Curation', loadComponent: () => import('./curation-page').then((m) => m.CurationPage) },
  { path: 'curation/languages', title: 'Languages', loadComponent: () => import('./languages-page').then((m) => m.LanguagesPage) },
];

export default routes;
