import { Routes } from '@angular/router';

/** Pages of the `core` plugin; the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'dashboard', title: 'Dashboard', loadComponent: () => import('./dashboard/dashboard').then((m) => m.DashboardPage) },
  { path: 'notifications', title: 'Notifications', loadComponent: () => import('./notifications/notification-settings').then((m) => m.NotificationSettingsPage) },
  { path: 'jobs', title: 'Jobs', loadComponent: () => import('./jobs/jobs-list').then((m) => m.JobsListPage) },
  { path: 'jobs/:jobId', title: 'Job', loadComponent: () => import('./jobs/job-detail').then((m) => m.JobDetailPage) },
  { path: 'api', title: 'API & SDKs', loadComponent: () => import('./api/api-page').then((m) => m.ApiPage) },
];

export default routes;
