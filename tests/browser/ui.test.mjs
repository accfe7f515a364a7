// Browser tests of the llmworks web UI against a running server (see run.sh): log in, visit
// every page in light and dark at 1280x800 and 390 px wide, save screenshots into
// docs/screenshots/, run axe-core (no serious/critical violation allowed), check deep links,
// the plugin error card, the theme toggle and the notification bell.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, axe, Results, repoRoot } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const USER = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';
const SHOTS = process.env.SCREENSHOT_DIR || join(repoRoot, 'docs', 'screenshots');
const BROKEN = process.env.LLMWORKS_BROKEN_REMOTE || '';   // a plugin whose remote must fail (run.sh sets one up)
const ONLY = process.env.ONLY_PAGES ? process.env.ONLY_PAGES.split(',') : null;
const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
];
const THEMES = ['light', 'dark'];

const results = new Results();
mkdirSync(SHOTS, { recursive: true });

async function api(context, path, init = {}) {
  const res = await context.request.fetch(BASE + path, init);
  if (!res.ok()) throw new Error(`${init.method || 'GET'} ${path} → ${res.status()}`);
  return res.json();
}

/** Waits until Angular has rendered the page and network requests have settled. */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
  await page.waitForFunction(() => !document.querySelector('.skeleton'), null, { timeout: 8000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
}

async function login(page, { navigate = true } = {}) {
  if (navigate) await page.goto(BASE + '/login');
  await page.getByLabel('Username').fill(USER);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15000 });
}

function slug(path) {
  return path.replace(/^\//, '').replace(/[/:?=&]+/g, '-') || 'home';
}

async function pagesToVisit(context) {
  const manifest = await api(context, '/api/ui/manifest');
  const pages = [];
  for (const remote of manifest.remotes) for (const r of remote.routes) pages.push({ path: '/' + r.path, plugin: remote.plugin, title: r.title });
  pages.push({ path: '/plugins', plugin: 'shell', title: 'Plugins' });
  // Deep links into detail pages the plugins provide, found through their own API.
  const extra = (process.env.EXTRA_PAGES || '').split(',').filter(Boolean).map((p) => ({ path: p, plugin: 'extra', title: p }));
  return [...pages, ...extra].filter((p) => !ONLY || ONLY.some((o) => p.path.startsWith(o)));
}

for (const { name: vpName, viewport } of VIEWPORTS) {
  for (const theme of THEMES) {
    const { context, close } = await launch(viewport);
    await context.addInitScript((t) => localStorage.setItem('llmworks.theme', t), theme);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    // Failed requests are errors too, except the broken test remote's own files.
    page.on('response', (res) => {
      if (res.status() >= 400 && !(BROKEN && res.url().includes(`/ui/remotes/${BROKEN}/`))) consoleErrors.push(`${res.status()} ${res.url()}`);
    });
    const tag = `${theme}-${vpName}`;
    try {
      // Login page (theme from localStorage before sign-in).
      await page.goto(BASE + '/login');
      await settle(page);
      await page.screenshot({ path: join(SHOTS, `login-${tag}.png`) });
      await results.check(`[${tag}] login page has no serious a11y violations`, async () => {
        const v = await axe(page);
        if (v.length) throw new Error(JSON.stringify(v));
      });
      await results.check(`[${tag}] log in`, () => login(page));
      // The server remembers the theme of the user; make it the one under test.
      await api(context, '/api/auth/me/preferences', { method: 'PATCH', data: { theme } });
      const pages = await pagesToVisit(context);
      for (const p of pages) {
        const errorsBefore = consoleErrors.length;
        await results.check(`[${tag}] ${p.path} (${p.plugin})`, async () => {
          await page.goto(BASE + p.path);     // a full load: deep links must work
          await settle(page);
          if (page.url().includes('/login')) throw new Error('redirected to login');
          const theme_ = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
          if (theme_ !== theme) throw new Error(`theme is ${theme_}`);
          await page.screenshot({ path: join(SHOTS, `${slug(p.path)}-${tag}.png`), fullPage: false });
          const broken = p.plugin === BROKEN;
          const card = await page.getByText(`plugin ${p.plugin} failed to load`).count();
          if (broken && !card) throw new Error('expected the plugin error card');
          if (!broken && card) throw new Error('plugin failed to load: ' + (await page.locator('lw-plugin-error').innerText()));
          const v = await axe(page);
          if (v.length) throw new Error('axe: ' + JSON.stringify(v));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 1) throw new Error(`page scrolls sideways by ${overflow}px`);
          const expected = (e) => /^Failed to load resource/.test(e) || (BROKEN && e.includes(`plugin ${BROKEN} failed to load`));
          const newErrors = consoleErrors.slice(errorsBefore).filter((e) => !expected(e));
          if (newErrors.length) throw new Error('console errors: ' + newErrors.join(' | '));
        });
      }
    } finally {
      await close();
    }
  }
}

// Interactions, once, on the desktop size.
{
  const { context, close } = await launch({ width: 1280, height: 800 });
  const page = await context.newPage();
  try {
    await results.check('deep link while signed out returns there after login', async () => {
      await page.goto(BASE + '/plugins');
      await page.getByLabel('Username').waitFor();
      if (!page.url().includes('/login?returnUrl=%2Fplugins')) throw new Error('not sent to login: ' + page.url());
      await login(page, { navigate: false });
      await page.waitForURL(/\/plugins$/);
      await page.getByRole('heading', { name: 'Plugins' }).waitFor();
    });
    await results.check('theme toggle switches and is remembered by the server', async () => {
      const before = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
      await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
      const after = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
      if (after === before) throw new Error('theme did not change');
      await page.waitForTimeout(300);
      const me = await api(context, '/api/auth/me');
      if (me.preferences?.theme !== after) throw new Error(`server has ${me.preferences?.theme}`);
    });
    await results.check('notification bell opens its panel', async () => {
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.getByRole('dialog', { name: 'Notifications' }).waitFor();
      await page.keyboard.press('Escape');
    });
    await results.check('plugins page lists the kernel plugin', async () => {
      await page.goto(BASE + '/plugins');
      await page.getByRole('cell', { name: /kernel/ }).first().waitFor({ timeout: 10000 });
    });
    await results.check('unknown address shows the not-found page inside the layout', async () => {
      await page.goto(BASE + '/no/such/page');
      await page.getByText('Page not found').waitFor();
    });
    await results.check('sign out goes back to the login page', async () => {
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login/);
    });
  } finally {
    await close();
  }
}

process.exit(results.summary() ? 0 : 1);
