// Browser test of the e-mail page (/email, the email plugin's remote) against a running server
// (run.sh): the administrator sets the SMTP server through the form (the API then answers it
// configured, with no password stored), opts in to "Job failed" (the API then answers
// kinds ["job.failed"]) and removes the server again; a user who is not an administrator sees the
// preferences and no SMTP form. Screenshots into docs/screenshots/, axe-core and no sideways
// scrolling in light and dark, desktop and phone. The Notifications page links to it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, apiJson, pageChecks, signIn, withLook, Results, SERVER, settle } from './lib.mjs';

const BASE = SERVER.base;
const USER = { username: 'email-user', password: 'email-user-Pass-1234' };

const results = new Results();
mkdirSync(SERVER.shots, { recursive: true });

const { context, close } = await launch({ width: 1280, height: 900 });
await context.addInitScript(() => localStorage.setItem('llmworks.theme', 'light'));
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (err) => pageErrors.push(String(err)));
page.on('dialog', (d) => d.accept());
const smtp = page.locator('form[aria-label="SMTP server settings"]');
let adminId = null;
try {
  await results.check('log in as the administrator; no SMTP server and no opt-ins to start with', async () => {
    await signIn(page);
    await apiJson(context, '/api/auth/me/preferences', { method: 'PATCH', data: { theme: 'light' } });
    adminId = (await apiJson(context, '/api/auth/me')).id;
    await apiJson(context, '/api/email/server', { method: 'DELETE' });
    await apiJson(context, '/api/email/preferences', { method: 'PUT', data: { kinds: [] } });
    await apiJson(context, `/api/users/${adminId}`, { method: 'PATCH', data: { email: 'admin@localhost' } });
  });

  await results.check('the Notifications page links to the e-mail page', async () => {
    await page.goto(BASE + '/notifications');
    await page.getByRole('link', { name: 'E-mail notifications' }).click();
    await page.waitForURL((url) => url.pathname === '/email', { timeout: 15000 });
    await page.getByRole('heading', { name: 'Your e-mail notifications' }).waitFor({ timeout: 15000 });
    await page.getByRole('link', { name: 'E-mail', exact: true }).first().waitFor({ timeout: 5000 });
  });

  await results.check('/email shows where the mails go and that no SMTP server is set', async () => {
    await settle(page);
    await page.getByTestId('email-address').getByText('admin@localhost').waitFor({ timeout: 10000 });
    await page.getByTestId('server-state').getByText('not configured').waitFor({ timeout: 10000 });
    await smtp.waitFor({ timeout: 10000 });
    await page.screenshot({ path: join(SERVER.shots, 'email-empty-light-desktop.png') });
  });

  await results.check('set the SMTP server through the form: the API answers it configured, no password', async () => {
    await smtp.getByLabel('Host').fill('127.0.0.1');
    await smtp.getByLabel('Security').selectOption('none');
    await smtp.getByLabel('Port').fill('2525');
    await smtp.getByLabel('From address').fill('llmworks@localhost');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/email/server') && r.request().method() === 'PUT', { timeout: 15000 });
    await smtp.getByRole('button', { name: 'Save' }).click();
    if ((await saved).status() !== 200) throw new Error(`PUT /api/email/server → ${(await saved).status()}`);
    await page.getByTestId('server-outcome').getByText('SMTP server saved.').waitFor({ timeout: 10000 });
    const s = await apiJson(context, '/api/email/server');
    const want = { configured: true, enabled: true, host: '127.0.0.1', port: 2525, security: 'none', from_address: 'llmworks@localhost', password_set: false, username: null };
    for (const [k, v] of Object.entries(want)) if (s[k] !== v) throw new Error(`${k}: ${JSON.stringify(s[k])} (want ${JSON.stringify(v)}) in ${JSON.stringify(s)}`);
    await page.getByTestId('server-state').getByText('configured', { exact: true }).waitFor({ timeout: 10000 });
  });

  await results.check('a bad from address shows the server\'s message at the field', async () => {
    await smtp.getByLabel('From address').fill('not an address');
    await smtp.getByRole('button', { name: 'Save' }).click();
    await smtp.locator('lw-form-field', { hasText: 'From address' }).getByText(/pattern|match/i).waitFor({ timeout: 10000 });
    if ((await apiJson(context, '/api/email/server')).from_address !== 'llmworks@localhost') throw new Error('the bad address was stored');
    await smtp.getByLabel('From address').fill('llmworks@localhost');
  });

  await results.check('"Send a test e-mail to me" shows the outcome (nothing listens on port 2525)', async () => {
    await smtp.getByRole('button', { name: 'Send a test e-mail to me' }).click();
    await page.getByTestId('server-outcome').getByText(/Not sent to admin@localhost|Test e-mail sent to admin@localhost/).waitFor({ timeout: 30000 });
  });

  await results.check('opt in to "Job failed" and save: the API answers kinds ["job.failed"]', async () => {
    await page.getByRole('checkbox', { name: /Job failed/ }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await page.getByText(/Saved: e-mail when job failed/).waitFor({ timeout: 10000 });
    const p = await apiJson(context, '/api/email/preferences');
    if (JSON.stringify(p.kinds) !== '["job.failed"]') throw new Error('kinds: ' + JSON.stringify(p.kinds));
    await page.reload();
    await settle(page);
    if (!(await page.getByRole('checkbox', { name: /Job failed/ }).isChecked())) throw new Error('the opt-in is not shown after a reload');
    if (await page.getByRole('checkbox', { name: /Training completed/ }).isChecked()) throw new Error('"Training completed" is ticked');
    await page.screenshot({ path: join(SERVER.shots, 'email-light-desktop.png') });
  });

  await results.check('a user who is not an administrator sees the preferences and no SMTP form', async () => {
    const res = await context.request.post(BASE + '/api/users', { data: { ...USER, role: 'user' } });
    if (![201, 409].includes(res.status())) throw new Error(`POST /api/users → ${res.status()} ${await res.text()}`);
    const u = await launch({ width: 1280, height: 900 });
    try {
      await u.context.addInitScript(() => localStorage.setItem('llmworks.theme', 'light'));
      const up = await u.context.newPage();
      const errs = [];
      up.on('pageerror', (err) => errs.push(String(err)));
      await signIn(up, USER.username, USER.password);
      await up.goto(BASE + '/email');
      await settle(up);
      await up.getByRole('heading', { name: 'Your e-mail notifications' }).waitFor({ timeout: 15000 });
      await up.getByText('Your account has no e-mail address').waitFor({ timeout: 10000 });
      await up.getByTestId('server-state').getByText('configured', { exact: true }).waitFor({ timeout: 10000 });
      if (await up.getByRole('heading', { name: 'SMTP server' }).count()) throw new Error('a user who is not an administrator sees the SMTP form');
      if (await up.getByRole('alert').count()) throw new Error('an error is shown: ' + (await up.getByRole('alert').first().innerText()));
      await up.screenshot({ path: join(SERVER.shots, 'email-user-light-desktop.png') });
      if (errs.length) throw new Error(errs.join(' | '));
    } finally {
      await u.close();
    }
  });

  await results.check('Remove server (confirmed) leaves no server', async () => {
    await smtp.getByRole('button', { name: 'Remove server' }).click();
    await page.getByTestId('server-outcome').getByText(/SMTP server removed/).waitFor({ timeout: 10000 });
    if ((await apiJson(context, '/api/email/server')).configured) throw new Error('the server is still configured');
    await page.getByTestId('server-state').getByText('not configured').waitFor({ timeout: 10000 });
    // put it back for the screenshots below
    await apiJson(context, '/api/email/server', { method: 'PUT', data: { host: '127.0.0.1', port: 2525, security: 'none', from_address: 'llmworks@localhost' } });
  });

  if (pageErrors.length) results.fail('no page errors', pageErrors.join(' | '));
} finally {
  await close();
}

// The page in both themes, on a desktop and on a phone: screenshots, axe, no sideways scrolling.
for (const theme of ['light', 'dark']) {
  for (const viewport of ['desktop', 'mobile']) {
    await results.check(`[${theme}-${viewport}] /email`, () => withLook(theme, viewport, async (p) => {
      await p.goto(BASE + '/email');
      await settle(p);
      await p.locator('form[aria-label="SMTP server settings"]').waitFor({ timeout: 15000 });
      // the light desktop one is taken above, with the opt-in just saved
      if (theme === 'dark' || viewport === 'mobile') await p.screenshot({ path: join(SERVER.shots, `email-${theme}-${viewport}.png`) });
      await pageChecks(p);
    }));
  }
}

// Leave the server as found: no SMTP server, no opt-ins, the administrator's theme light.
await withLook('light', 'desktop', async (p, ctx) => {
  await apiJson(ctx, '/api/email/server', { method: 'DELETE' });
  await apiJson(ctx, '/api/email/preferences', { method: 'PUT', data: { kinds: [] } });
}).catch((err) => console.log(`  (cleanup: ${err.message})`));

process.exit(results.summary() ? 0 : 1);
