import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: 'resources', title: 'Resources', loadComponent: () => import('./machines-page').then((m) => m.MachinesPage) },
  { path: 'resources/disk', title: 'Disk usage', loadComponent: () => import('./disk-page').then((m) => m.DiskPage) },
  { path: 'resources/costs', title: 'Costs', loadComponent: () => import('./costs-page').then((m) => m.CostsPage) },
  { path: 'schedule', title: 'Schedule and queue', loadComponent: () => import('./schedule-page').then((m) => m.SchedulePage) },
  { path: 'lineage', title: 'Lineage', loadComponent: () => import('./lineage-page').then((m) => m.LineagePage) },
];
export default routes;
