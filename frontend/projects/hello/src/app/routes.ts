import { Routes } from '@angular/router';
import { HelloPage } from './hello';

/** The example contrib plugin's one page (see contrib/llmworks-hello-ui). */
export const routes: Routes = [{ path: 'hello', title: 'Hello', component: HelloPage }];

export default routes;
