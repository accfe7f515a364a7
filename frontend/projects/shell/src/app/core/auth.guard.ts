import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '@llmworks/ui-kit';

/** Pages inside the layout need a session; otherwise go to /login and come back after. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).user()) return true;
  const router = inject(Router);
  return router.createUrlTree(['/login'], { queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {} });
};
