import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { bootstrapApplication } from '@angular/platform-browser';
import { RouterOutlet, Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { ToastHost } from '../toast/toast-host';

@Component({
  selector: 'lw-root',
  imports: [RouterOutlet, ToastHost],
  template: `<router-outlet /><lw-toast-host />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StandaloneRemoteRoot {}

/**
 * Runs a plugin remote on its own (without the shell), e.g. for `ng serve <remote>` during
 * development. In production the shell loads the remote's `./routes` instead.
 */
export function bootstrapRemote(routes: Routes) {
  return bootstrapApplication(StandaloneRemoteRoot, {
    providers: [provideHttpClient(), provideRouter(routes, withComponentInputBinding())],
  });
}
