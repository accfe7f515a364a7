import { Routes } from '@angular/router';

/** Pages of the `responsible` plugin (bias & toxicity); the shell mounts them at the top level. */
export const routes: Routes = [
  { path: 'responsible', title: 'Bias & toxicity', loadComponent: () => import('./dashboard-page').then((m) => m.DashboardPage) },
  { path: 'responsible/review', title: 'Review queue', loadComponent: () => import('./review-page').then((m) => m.ReviewPage) },
  { path: 'responsible/scorecards/:scorecardId', title: 'Scorecard', loadComponent: () => import('./scorecard-page').then((m) => m.ScorecardPage) },
];

export default routes;
