import { Routes } from '@angular/router';

/** Pages of the `torch` plugin (models, fine-tuning); the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'models', title: 'Models', loadComponent: () => import('./models/models-page').then((m) => m.ModelsPage) },
  { path: 'models/custom', title: 'Custom models', loadComponent: () => import('./models/models-page').then((m) => m.ModelsPage), data: { tab: 'custom' } },
  { path: 'models/custom/:versionId', title: 'Model version', loadComponent: () => import('./models/model-version').then((m) => m.ModelVersionPage) },
  { path: 'training', title: 'Training', loadComponent: () => import('./training/training-list').then((m) => m.TrainingListPage) },
  { path: 'training/new', title: 'New fine-tune', loadComponent: () => import('./training/training-form').then((m) => m.TrainingFormPage) },
  { path: 'training/:jobId', title: 'Training job', loadComponent: () => import('./training/training-monitor').then((m) => m.TrainingMonitorPage) },
];

export default routes;
