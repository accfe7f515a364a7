// Helpers for the browser tests: Chromium through playwright-core (no browser download: the
// Debian chromium at /usr/bin/chromium) and axe-core, both from frontend/node_modules.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
const require = createRequire(join(repoRoot, 'frontend', 'package.json'));
const { chromium } = require('playwright-core');
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch(viewport) {
  const dir = mkdtempSync(join(tmpdir(), 'llmworks-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
  });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern (a <script> tag would be refused: the CSP allows only the shell's own scripts).
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(`${axeSource}\n;0`);
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

/** Minimal test runner output: one line per check and a closing "N passed, N failed". */
export class Results {
  passed = 0;
  failed = 0;
  failures = [];
  ok(name) { this.passed++; console.log(`  ok   ${name}`); }
  fail(name, why) { this.failed++; this.failures.push(`${name}: ${why}`); console.log(`  FAIL ${name}: ${why}`); }
  async check(name, fn) {
    try { await fn(); this.ok(name); } catch (err) { this.fail(name, err?.message ?? String(err)); }
  }
  summary() {
    if (this.failures.length) { console.log('\nFailures:'); this.failures.forEach((f) => console.log('  - ' + f)); }
    console.log(`\n${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0;
  }
}

/** The server under test, the first administrator's credentials and the screenshot folder (run.sh sets them). */
export const SERVER = {
  base: (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, ''),
  user: process.env.LLMWORKS_ADMIN_USERNAME || 'admin',
  password: process.env.LLMWORKS_ADMIN_PASSWORD || '',
  shots: process.env.SCREENSHOT_DIR || join(repoRoot, 'docs', 'screenshots'),
};

/** A JSON API call with the browser context's session (2 minutes at most: a busy CI machine). */
export async function apiJson(context, path, init = {}) {
  const res = await context.request.fetch(SERVER.base + path, { timeout: 120000, ...init });
  if (!res.ok()) throw new Error(`${init.method || 'GET'} ${path} → ${res.status()} ${await res.text()}`);
  return res.json();
}

/** Signs in through the login page (as the first administrator unless told another user). */
export async function signIn(page, user = SERVER.user, password = SERVER.password) {
  await page.goto(SERVER.base + '/login');
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
}

/** The checks ui.test.mjs makes on every page: no serious axe-core violation, no sideways scrolling. */
export async function pageChecks(page) {
  const v = await axe(page);
  if (v.length) throw new Error('axe: ' + JSON.stringify(v));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) throw new Error(`page scrolls sideways by ${overflow}px`);
}

/** The viewports of the screenshots (docs/screenshots/<page>-<theme>-<viewport>.png). */
export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };

/** Runs `fn(page, context)` in a fresh browser signed in as the administrator, in that theme ('light', 'dark') and viewport ('desktop', 'mobile'). */
export async function withLook(theme, viewport, fn) {
  const { context, close } = await launch(VIEWPORTS[viewport]);
  await context.addInitScript((t) => localStorage.setItem('llmworks.theme', t), theme);
  try {
    const page = await context.newPage();
    await signIn(page);
    await apiJson(context, '/api/auth/me/preferences', { method: 'PATCH', data: { theme } });
    await fn(page, context);
  } finally {
    await close();
  }
}

/** Waits until a page is quiet: no requests in flight, no loading skeleton, fonts loaded. */
export async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
  await page.waitForFunction(() => !document.querySelector('.skeleton'), null, { timeout: 8000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}
