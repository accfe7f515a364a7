import { Routes } from '@angular/router';

/** Pages of the `deploy` plugin: the deployment hub and the adapter manager. */
export const routes: Routes = [
  { path: 'deployments', title: 'Deployments', loadComponent: () => import('./deployments-page').then((m) => m.DeploymentsPage) },
  { path: 'deployments/:deploymentId', title: 'Deployment', loadComponent: () => import('./deployment-detail').then((m) => m.DeploymentDetailPage) },
  { path: 'adapters', title: 'Adapters', loadComponent: () => import('./adapters-page').then((m) => m.AdaptersPage) },
];

export default routes;
