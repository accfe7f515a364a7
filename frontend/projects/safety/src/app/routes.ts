import { Routes } from '@angular/router';

/** Pages of the `safety` plugin; the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'safety', title: 'Safety policies', loadComponent: () => import('./policies/policies-page').then((m) => m.PoliciesPage) },
  { path: 'safety/filters', title: 'Custom safety filters', loadComponent: () => import('./filters/filters-page').then((m) => m.FiltersPage) },
  { path: 'safety/review', title: 'Safety review', loadComponent: () => import('./review/review-page').then((m) => m.ReviewPage) },
  { path: 'safety/review/:decisionId', title: 'Safety decision', loadComponent: () => import('./review/decision-page').then((m) => m.DecisionPage) },
];

export default routes;
