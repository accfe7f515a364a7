import { Routes } from '@angular/router';

/** Pages of the `tracking` plugin; the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'experiments', title: 'Experiments', loadComponent: () => import('./experiments/experiments-page').then((m) => m.ExperimentsPage) },
  { path: 'experiments/runs/:runId', title: 'Run', loadComponent: () => import('./experiments/run-detail').then((m) => m.RunDetailPage) },
  { path: 'experiments/compare', title: 'Compare runs', loadComponent: () => import('./experiments/compare-page').then((m) => m.ComparePage) },
  { path: 'metric-definitions', title: 'Metrics', loadComponent: () => import('./metrics/metrics-page').then((m) => m.MetricsPage) },
  { path: 'evaluations', title: 'Evaluation', loadComponent: () => import('./evaluations/evaluations-page').then((m) => m.EvaluationsPage) },
  { path: 'evaluations/:evaluationId', title: 'Evaluation', loadComponent: () => import('./evaluations/evaluation-detail').then((m) => m.EvaluationDetailPage) },
];

export default routes;
