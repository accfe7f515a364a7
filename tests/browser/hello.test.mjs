// Second phase of the browser tests (run.sh, after the main test): the contrib plugin
// llmworks-hello-ui was pip-installed (a real, non-editable install into a separate folder on
// PYTHONPATH) and the server restarted, with no rebuild of the shell. Its page must now be in
// the navigation and render.
import { launch, Results } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const USER = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';

const results = new Results();
const { context, close } = await launch({ width: 1280, height: 800 });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (err) => errors.push(String(err)));
page.on('response', (res) => { if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`); });
try {
  await results.check('log in after the restart', async () => {
    await page.goto(BASE + '/login');
    await page.getByLabel('Username').fill(USER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
    await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
    errors.length = 0;            // the login page's own session probe (401) is expected
  });
  await results.check('the manifest lists the hello remote from the installed package', async () => {
    const res = await context.request.get(BASE + '/api/ui/manifest');
    const manifest = await res.json();
    const hello = manifest.remotes.find((r) => r.routes.some((route) => route.path === 'hello'));
    if (!hello) throw new Error('no hello route in ' + JSON.stringify(manifest.remotes.map((r) => r.plugin)));
  });
  await results.check('pip-installed contrib plugin appears in the navigation and its page renders', async () => {
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hello', exact: true });
    await link.waitFor({ timeout: 30000 });
    await link.click();
    await page.waitForURL(/\/hello$/, { timeout: 30000, waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Hello from a plugin' }).waitFor({ timeout: 30000 });
    await page.getByRole('heading', { name: `Hi ${USER}!` }).waitFor({ timeout: 10000 });
    if (await page.getByText(/plugin \S+ failed to load/).count()) throw new Error('plugin error card shown');
    await page.getByRole('button', { name: 'Say hello' }).click();
  });
  await results.check('the hello page also loads as a deep link', async () => {
    await page.goto(BASE + '/hello');
    await page.getByRole('heading', { name: 'Hello from a plugin' }).waitFor({ timeout: 30000 });
    if (errors.length) throw new Error('errors: ' + errors.join(' | '));
  });
} finally {
  await close();
}
process.exit(results.summary() ? 0 : 1);
