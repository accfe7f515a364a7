import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { PluginLoader, allowedForLabeler } from './plugin-loader';
import { SessionStore } from '@llmworks/ui-kit';

/** Pages inside the layout need a session; otherwise go to /login and come back after. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).user()) return true;
  const router = inject(Router);
  return router.createUrlTree(['/login'], { queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {} });
};

/** A `labeler` (annotation-only role) of the selected project opens annotation pages only. */
export const labelerGuard: CanActivateFn = (_route, state) => {
  const plugins = inject(PluginLoader);
  if (!plugins.annotationOnly() || allowedForLabeler(state.url, plugins.nav())) return true;
  return inject(Router).createUrlTree(['/forbidden']);
};
