// The security headers do not break the UI (issue 9, item 5): with the server's
// Content-Security-Policy, the login page, the shell and the plugin pages load with no CSP
// violation, the stylesheet switches to media=all (its inline onload handler is allowed by
// hash) and a cookie-authenticated write from the page itself passes the Origin check.
import { launch, Results } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const USER = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';
const PAGES = (process.env.CSP_PAGES || '/,/datasets,/playground,/training,/plugins').split(',');

const results = new Results();
const { context, close } = await launch({ width: 1280, height: 800 });
const page = await context.newPage();
const violations = [];
page.on('console', (msg) => { if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text()); });
page.on('pageerror', (err) => { if (/Content Security Policy|EvalError/i.test(String(err))) violations.push(String(err)); });
try {
  await results.check('the page is served with a CSP and framing refused', async () => {
    const res = await page.goto(BASE + '/login');
    const h = res.headers();
    if (!h['content-security-policy'] || h['x-frame-options'] !== 'DENY' || h['x-content-type-options'] !== 'nosniff') {
      throw new Error('missing headers: ' + JSON.stringify(h));
    }
  });
  await results.check('log in (a cookie-authenticated page passes the Origin check)', async () => {
    await page.getByLabel('Username').fill(USER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
    await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
    const status = await page.evaluate(async () => (await fetch('/api/auth/me/preferences', {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ theme: 'light' }),
    })).status);
    if (status !== 200) throw new Error('same-origin PATCH answered ' + status);
  });
  for (const path of PAGES) {
    await results.check(`${path} renders with the stylesheet applied and no CSP violation`, async () => {
      await page.goto(BASE + path);
      await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
      await page.waitForFunction(() => document.querySelectorAll('lw-root *').length > 20, null, { timeout: 15000 });
      const media = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.media));
      if (!media.includes('all')) throw new Error('stylesheet media ' + JSON.stringify(media));
      if (violations.length) throw new Error(violations.join(' | '));
    });
  }
} finally {
  await close();
}
process.exit(results.summary() ? 0 : 1);
