// Browser tests of the bias & toxicity pages against a running server: runs two scorecards on the
// demo model through the API, then drives the dashboard (scorecards, charts, side-by-side
// comparison), a scorecard's page (a measure row drills down to its samples) and the review queue;
// screenshots into docs/screenshots/, axe-core and no sideways scrolling in both themes, desktop and phone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, axe, Results, repoRoot, settle } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const USER = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';
const SHOTS = process.env.SCREENSHOT_DIR || join(repoRoot, 'docs', 'screenshots');

const results = new Results();
mkdirSync(SHOTS, { recursive: true });

async function api(context, path, init = {}) {
  const res = await context.request.fetch(BASE + path, init);
  if (!res.ok()) throw new Error(`${init.method || 'GET'} ${path} → ${res.status()} ${await res.text()}`);
  return res.status() === 204 ? null : res.json();
}

async function login(page) {
  await page.goto(BASE + '/login');
  await page.getByLabel('Username').fill(USER);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
}

async function pageChecks(page) {
  const v = await axe(page);
  if (v.length) throw new Error('axe: ' + JSON.stringify(v));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) throw new Error(`page scrolls sideways by ${overflow}px`);
}

async function scorecard(context, body) {
  const sc = await api(context, '/api/responsible/scorecards', { method: 'POST', data: body });
  for (let i = 0; i < 240; i++) {
    const s = await api(context, `/api/responsible/scorecards/${sc.id}`);
    if (!['queued', 'running'].includes(s.status)) return s;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`scorecard ${sc.id} did not finish`);
}

let cards = [];
{
  const { context, close } = await launch({ width: 1280, height: 800 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  try {
    await login(page);
    const project = (await api(context, '/api/projects')).items[0].id;
    const models = await api(context, '/api/models/available');
    const base = models.items.find((m) => m.ready) ?? models.items[0];
    await results.check('two scorecards on the demo model', async () => {
      cards = [
        await scorecard(context, { project_id: project, suite: 'stereotype-pairs-en', model: base.ref, max_items: 40, seed: 1 }),
        await scorecard(context, { project_id: project, suite: 'stereotype-pairs-en', model: base.ref, max_items: 40, seed: 2 }),
      ];
      if (cards.some((c) => c.status !== 'succeeded')) throw new Error(JSON.stringify(cards.map((c) => c.error)));
    });
    await results.check('dashboard lists the scorecards, charts them and compares two side by side', async () => {
      await page.goto(BASE + '/responsible');
      await settle(page);
      await page.getByRole('heading', { name: 'Bias & toxicity' }).waitFor({ timeout: 15000 });
      await page.getByRole('link', { name: 'stereotype-pairs-en' }).first().waitFor({ timeout: 15000 });
      await page.locator('lw-chart canvas').first().waitFor({ timeout: 15000 }).catch(() => { throw new Error('no chart of the newest scorecard'); });
      for (const c of cards) await page.getByRole('checkbox', { name: `compare scorecard ${c.id}` }).check();
      await page.getByRole('heading', { name: /Side by side/ }).waitFor({ timeout: 15000 });
      await page.getByRole('cell', { name: 'stereotype_score' }).first().waitFor({ timeout: 10000 }).catch(() => { throw new Error('no comparison rows'); });
      await pageChecks(page);
    });
    await results.check('a scorecard row drills down to its samples', async () => {
      await page.goto(BASE + `/responsible/scorecards/${cards[0].id}`);
      await settle(page);
      await page.getByRole('heading', { name: 'Measures' }).waitFor({ timeout: 15000 });
      const row = page.locator('table.table tbody tr').filter({ hasText: 'gender' }).first();
      await row.click();
      await page.getByRole('heading', { name: /Samples · gender/ }).waitFor({ timeout: 15000 });
      await settle(page);
      const text = await page.locator('lw-data-table').innerText();
      if (!/The (woman|girl|mother|sister|wife|lady)/.test(text)) throw new Error('the drill-down shows no gender pair: ' + text.slice(0, 200));
      await pageChecks(page);
    });
    await results.check('review queue page', async () => {
      await page.goto(BASE + '/responsible/review');
      await settle(page);
      await page.getByRole('heading', { name: 'Review queue' }).waitFor({ timeout: 15000 });
      await page.getByRole('heading', { name: 'Export corrections' }).waitFor();
      await pageChecks(page);
    });
    await results.check('no page errors', async () => {
      if (errors.length) throw new Error(errors.join(' | '));
    });
  } finally {
    await close();
  }
}

for (const [theme, vpName, viewport] of [['dark', 'desktop', { width: 1280, height: 800 }], ['light', 'mobile', { width: 390, height: 844 }]]) {
  const v = await launch(viewport);
  await v.context.addInitScript((t) => localStorage.setItem('llmworks.theme', t), theme);
  const p = await v.context.newPage();
  try {
    await login(p);
    await api(v.context, '/api/auth/me/preferences', { method: 'PATCH', data: { theme } });
    const pages = [['/responsible', 'responsible'], ['/responsible/review', 'responsible-review']];
    if (cards[0]) pages.push([`/responsible/scorecards/${cards[0].id}`, 'responsible-scorecard']);
    for (const [path, name] of pages) {
      await results.check(`[${theme}-${vpName}] ${path}`, async () => {
        await p.goto(BASE + path);
        await settle(p);
        await p.screenshot({ path: join(SHOTS, `${name}-${theme}-${vpName}.png`) });
        await pageChecks(p);
      });
    }
  } finally {
    await v.close();
  }
}

process.exit(results.summary() ? 0 : 1);
