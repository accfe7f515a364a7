import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { TitleStrategy, provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { baseRoutes } from './app.routes';
import { Startup } from './core/startup';
import { LlmworksTitleStrategy } from './core/title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(),
    provideRouter(baseRoutes([]), withComponentInputBinding(), withRouterConfig({ paramsInheritanceStrategy: 'always' })),
    { provide: TitleStrategy, useClass: LlmworksTitleStrategy },
    // Before the first navigation: who is signed in, and the plugin remotes, so deep links work.
    provideAppInitializer(() => inject(Startup).init()),
  ],
};
