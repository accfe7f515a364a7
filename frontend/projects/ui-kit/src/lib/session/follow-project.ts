import { effect, inject, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore } from './session.store';

/**
 * Keeps a detail page and the header's project in step (call it in a page's constructor):
 *
 * - when the page loads an object of another project (a deep link, a notification), the
 *   header switches to that project, so the page and every write it makes name one project;
 * - when the user then switches project in the header, the page leaves for `listPath` (the
 *   list of the newly selected project) instead of showing the other project's object.
 *
 * `projectOf` returns the shown object's project id (null/undefined while it is loading).
 */
export function followProject(projectOf: () => number | string | null | undefined, listPath: () => unknown[]): void {
  const session = inject(SessionStore);
  const router = inject(Router);
  let lastOwner: string | null = null;
  let lastCurrent: string | null = null;
  effect(() => {
    const ownerValue = projectOf();
    const owner = ownerValue === null || ownerValue === undefined ? null : String(ownerValue);
    const currentValue = session.projectId();
    const current = currentValue === null ? null : String(currentValue);
    untracked(() => {
      if (owner === null) {
        lastCurrent = current;
        return;
      }
      if (owner !== lastOwner) {
        // a newly loaded object: show its project
        lastOwner = owner;
        lastCurrent = owner;
        if (current !== owner && session.projects().some((p) => String(p.id) === owner)) session.selectProject(owner);
        return;
      }
      if (current !== lastCurrent && current !== owner) void router.navigate(listPath());
      lastCurrent = current;
    });
  });
}
