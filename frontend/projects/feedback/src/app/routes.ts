import { Routes } from '@angular/router';

/** Pages of the `feedback` plugin. `annotate*` are annotation pages (the only ones a labeler sees). */
export const routes: Routes = [
  { path: 'feedback', title: 'Feedback campaigns', loadComponent: () => import('./campaigns-page').then((m) => m.CampaignsPage) },
  { path: 'feedback/campaigns/:campaignId', title: 'Campaign', loadComponent: () => import('./campaign-detail').then((m) => m.CampaignDetailPage) },
  { path: 'feedback/campaigns/:campaignId/items/:itemId', title: 'Item history', loadComponent: () => import('./item-history').then((m) => m.ItemHistoryPage) },
  { path: 'annotate', title: 'Annotate', loadComponent: () => import('./tasks-page').then((m) => m.TasksPage) },
  { path: 'annotate/:campaignId', title: 'Annotate', loadComponent: () => import('./annotate-page').then((m) => m.AnnotatePage) },
];

export default routes;
