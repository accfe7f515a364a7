import { Routes } from '@angular/router';
import { authGuard, labelerGuard } from './core/auth.guard';
import { Layout } from './layout/layout';
import { LoginPage } from './pages/login';
import { HomeRedirect } from './pages/home';
import { PluginsPage } from './pages/plugins';
import { Forbidden, NotFound } from './pages/not-found';

/** The shell's own routes around the routes that plugin remotes bring (see PluginLoader). */
export function baseRoutes(pluginRoutes: Routes): Routes {
  return [
    { path: 'login', component: LoginPage, title: 'Sign in' },
    {
      path: '',
      component: Layout,
      canActivate: [authGuard],
      canActivateChild: [authGuard, labelerGuard],
      children: [
        { path: '', pathMatch: 'full', component: HomeRedirect, title: 'Home' },
        { path: 'plugins', component: PluginsPage, title: 'Plugins' },
        { path: 'forbidden', component: Forbidden, title: 'Forbidden' },
        ...pluginRoutes,
        { path: '**', component: NotFound, title: 'Not found' },
      ],
    },
  ];
}
