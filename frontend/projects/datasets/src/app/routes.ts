import { Routes } from '@angular/router';

/** Pages of the `datasets` plugin; the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'datasets', title: 'Datasets', loadComponent: () => import('./datasets-page').then((m) => m.DatasetsPage) },
  { path: 'datasets/:datasetId', title: 'Dataset', loadComponent: () => import('./dataset-detail').then((m) => m.DatasetDetailPage) },
];

export default routes;
