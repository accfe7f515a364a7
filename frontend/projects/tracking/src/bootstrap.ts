import { bootstrapRemote } from '@llmworks/ui-kit';
import { routes } from './app/routes';

bootstrapRemote(routes).catch((err) => console.error(err));
