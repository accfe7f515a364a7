import { Routes } from '@angular/router';

/** Pages of the `clusters` plugin: where the project's jobs run, the backends admins configure. */
export const routes: Routes = [
  { path: 'compute', title: 'Compute backends', loadComponent: () => import('./compute-page').then((m) => m.ComputePage) },
];

export default routes;
