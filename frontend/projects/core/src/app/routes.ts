import { Routes } from '@angular/router';

/** Pages of the `core` plugin; the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'dashboard', title: 'Dashboard', loadComponent: () => import('./dashboard/dashboard').then((m) => m.DashboardPage) },
  { path: 'jobs', title: 'Jobs', loadComponent: () => import('./jobs/jobs-list').then((m) => m.JobsListPage) },
  { path: 'jobs/:jobId', title: 'Job', loadComponent: () => import('./jobs/job-detail').then((m) => m.JobDetailPage) },
];

export default routes;
