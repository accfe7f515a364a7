import { Routes } from '@angular/router';

/** Pages of the `email` plugin: each user's e-mail opt-ins and the administrators' SMTP server. */
export const routes: Routes = [
  { path: 'email', title: 'E-mail notifications', loadComponent: () => import('./email-page').then((m) => m.EmailPage) },
];

export default routes;
