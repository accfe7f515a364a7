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
const NOBUNDLE = process.env.LLMWORKS_NOBUNDLE_REMOTE || '';   // a plugin whose remote bundle is missing on the server
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
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
}

/**
 * Real data through the real API so detail pages have something to show: a dataset upload,
 * a short LoRA fine-tune of the demo model, an evaluation and an inference route. Each step
 * is skipped when its plugin is not installed. Returns deep links to visit.
 */
async function seed(context) {
  const links = [];
  const me = await api(context, '/api/auth/me');
  const project = me.projects[0]?.id;
  if (!project) return links;
  const tryStep = async (name, fn) => {
    try { await fn(); } catch (err) { console.log(`  seed: ${name} skipped (${err.message})`); }
  };
  let versionId = null;
  await tryStep('dataset upload', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => JSON.stringify({ prompt: `Q: what is ${i} plus ${i}?`, completion: ` A: ${2 * i}.` })).join('\n') + '\n';
    const res = await context.request.post(BASE + '/api/datasets/upload', {
      multipart: { name: 'arithmetic', project_id: String(project), description: 'Sums, for the browser tests',
        file: { name: 'arithmetic.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) } },
    });
    if (!res.ok()) throw new Error(`upload → ${res.status()} ${await res.text()}`);
    const v = await res.json();
    versionId = v.id;
    links.push(`/datasets/${v.dataset_id}`);
  });
  await tryStep('inference route', async () => {
    const models = await api(context, '/api/models/available');
    const base = models.items.find((m) => m.ready) ?? models.items[0];
    await api(context, '/api/inference/routes', { method: 'POST', data: { project_id: project, name: 'demo', model: base.ref, backend: 'pytorch', params: { max_new_tokens: 12 } } });
  });
  await tryStep('fine-tune', async () => {
    const models = await api(context, '/api/models/available');
    const base = models.items.find((m) => m.ready) ?? models.items[0];
    const body = { project_id: project, name: 'browser-test-lora', base_model: base.name, config: { method: 'lora', max_steps: 6, batch_size: 4, checkpoint_every: 3 } };
    if (versionId) body.dataset_version_id = versionId;
    else body.rows = Array.from({ length: 16 }, (_, i) => ({ text: `line ${i}` }));
    const job = await api(context, '/api/training/jobs', { method: 'POST', data: body });
    links.push(`/training/${job.id}`, `/jobs/${job.id}`, '/models/custom', '/training/new');
    for (let i = 0; i < 120; i++) {
      const j = await api(context, `/api/training/jobs/${job.id}`);
      if (['succeeded', 'failed', 'cancelled'].includes(j.state)) {
        if (j.model_version_id) links.push(`/models/custom/${j.model_version_id}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  });
  await tryStep('runs to compare', async () => {
    const runs = await api(context, `/api/tracking/runs?project_id=${project}&limit=5`);
    if (runs.items.length) links.push(`/experiments/compare?runs=${runs.items.map((r) => r.id).join(',')}`);
  });
  await tryStep('evaluation', async () => {
    const sets = await api(context, '/api/evaluations/datasets');
    const set = sets.items[0];
    const models = await api(context, '/api/models/available');
    const base = models.items.find((m) => m.ready) ?? models.items[0];
    const ev = await api(context, '/api/evaluations', { method: 'POST', data: { project_id: project, model: base.ref, dataset: { builtin: set.name }, metrics: set.suggested_metrics.slice(0, 2), max_examples: 5 } });
    for (let i = 0; i < 120; i++) {
      const e = await api(context, `/api/evaluations/${ev.id}`);
      if (!['queued', 'running'].includes(e.status)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    links.push(`/evaluations/${ev.id}`);
  });
  await tryStep('bias scorecard', async () => {
    const models = await api(context, '/api/models/available');
    const base = models.items.find((m) => m.ready) ?? models.items[0];
    const sc = await api(context, '/api/responsible/scorecards', { method: 'POST', data: { project_id: project, suite: 'stereotype-pairs-en', model: base.ref, max_items: 30 } });
    for (let i = 0; i < 120; i++) {
      const s = await api(context, `/api/responsible/scorecards/${sc.id}`);
      if (!['queued', 'running'].includes(s.status)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    links.push(`/responsible/scorecards/${sc.id}`);
  });
  return links;
}

let seeded = null;

function slug(path) {
  return path.replace(/^\//, '').replace(/[/:?=&]+/g, '-') || 'home';
}

async function pagesToVisit(context) {
  const manifest = await api(context, '/api/ui/manifest');
  const pages = [];
  for (const remote of manifest.remotes) for (const r of remote.routes) pages.push({ path: '/' + r.path, plugin: remote.plugin, title: r.title });
  // Remotes the server could not offer keep their pages: the error card is shown there.
  for (const f of manifest.failed) for (const r of f.routes ?? []) pages.push({ path: '/' + r.path, plugin: f.plugin, title: r.title, hint: f.hint });
  pages.push({ path: '/plugins', plugin: 'shell', title: 'Plugins' });
  // Deep links into detail pages, for the plugins whose UI is installed.
  seeded ??= await seed(context);
  const owner = (path) => pages.find((p) => path === p.path || path.startsWith(p.path + '/') || path.startsWith(p.path + '?'));
  for (const link of seeded) {
    const o = owner(link);
    if (o && !pages.some((p) => p.path === link)) pages.push({ path: link, plugin: o.plugin, title: link });
  }
  return pages.filter((p) => !ONLY || ONLY.some((o) => p.path.startsWith(o)));
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
          const broken = p.plugin === BROKEN || p.plugin === NOBUNDLE;
          const card = await page.getByText(`plugin ${p.plugin} failed to load`).count();
          if (broken && !card) throw new Error('expected the plugin error card');
          if (p.hint && !(await page.getByText(p.hint).count())) throw new Error(`the error card does not show the hint "${p.hint}"`);
          if (broken && vpName === 'desktop' && !(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: p.title }).count())) {
            throw new Error(`no navigation entry "${p.title}" for the failed plugin`);
          }
          if (!broken && card) throw new Error('plugin failed to load: ' + (await page.locator('lw-plugin-error').innerText()));
          const v = await axe(page);
          if (v.length) throw new Error('axe: ' + JSON.stringify(v));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 1) throw new Error(`page scrolls sideways by ${overflow}px`);
          const expected = (e) => /^Failed to load resource/.test(e) || (BROKEN && e.includes(`plugin ${BROKEN} failed to load`))
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
      await page.waitForURL(/\/plugins$/, { timeout: 30000, waitUntil: 'commit' });
      await page.getByRole('heading', { name: 'Plugins' }).waitFor();
    });
    if (NOBUNDLE) {
      await results.check('the Plugins page lists the remote whose bundle is missing, with what to do', async () => {
        await page.getByText(`remote bundle missing`).first().waitFor({ timeout: 15000 });
        await page.getByText(`fix or uninstall the package '${NOBUNDLE}'`).first().waitFor({ timeout: 5000 });
        if (await page.getByText('make ui').count()) throw new Error('a plugin outside the source tree is told to run make ui');
      });
    }
    if (process.env.LLMWORKS_HELLO === 'absent') {
      await results.check('navigation has no Hello item before the contrib plugin is installed', async () => {
        const nav = page.getByRole('navigation', { name: 'Main' });
        await nav.getByRole('link').first().waitFor();
        if (await nav.getByRole('link', { name: 'Hello', exact: true }).count()) throw new Error('Hello is already in the navigation');
      });
    }
    await results.check('theme toggle switches and is remembered by the server', async () => {
      const before = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
      await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
      await page.waitForFunction((b) => document.documentElement.getAttribute('data-theme') !== b, before, { timeout: 10000 });
      const after = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
      await page.waitForTimeout(1000);
      const me = await api(context, '/api/auth/me');
      if (me.preferences?.theme !== after) throw new Error(`server has ${me.preferences?.theme}`);
    });
    await results.check('notification bell opens its panel', async () => {
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.getByRole('dialog', { name: 'Notifications' }).waitFor();
      await page.keyboard.press('Escape');
    });
    if (await page.evaluate(async () => (await fetch('/api/inference/routes?limit=1')).ok)) {
      await results.check('playground streams an answer with a token heat map', async () => {
        await page.goto(BASE + '/playground');
        await page.getByRole('button', { name: 'Completion' }).click();
        await page.getByLabel('text', { exact: true }).fill('two plus two');
        await page.getByRole('button', { name: 'Run' }).click();
        try {
          await page.locator('lw-token-heatmap .tok:visible').first().waitFor({ timeout: 120000 });
        } catch (err) {
          throw new Error(`no tokens; the output says: ${await page.locator('.output').first().innerText().catch(() => '?')}`);
        }
        await page.locator('lw-token-heatmap .tok:visible').first().hover();
        await page.getByText(/rank \d+/).first().waitFor();
        await page.screenshot({ path: join(SHOTS, 'playground-run-light-desktop.png') });
      });
      await results.check('playground attention viewer steps to another layer and head', async () => {
        await page.locator('details > summary', { hasText: /^Attention$/ }).first().click();
        const fetched = [];                                                        // the attention pages the viewer loads
        const onResponse = async (res) => {
          if (/\/api\/inference\/attention(\/[^/?]+)?(\?|$)/.test(res.url()) && res.ok()) fetched.push(await res.json().catch(() => null));
        };
        page.on('response', onResponse);
        await page.getByRole('button', { name: 'Analyse attention' }).first().click();
        const map = page.getByRole('img', { name: /^Attention of layer \d+ head \d+$/ }).first();
        await map.waitFor({ timeout: 120000 });
        if ((await map.getAttribute('aria-label')) !== 'Attention of layer 0 head 0') throw new Error('first map is ' + (await map.getAttribute('aria-label')));
        // every canvas of the chart: ECharts draws the axes, the cells and the hover state on layers of their own
        const pixels = () => map.locator('canvas').evaluateAll((cs) => cs.map((c) => c.toDataURL()).join('|'));
        await page.waitForTimeout(600);                                           // echarts' entry animation
        const first = await pixels();

        const layerSel = page.locator('lw-attention-viewer select').nth(0);
        const headSel = page.locator('lw-attention-viewer select').nth(1);
        const layers = await layerSel.locator('option').count();
        const heads = await headSel.locator('option').count();
        if (layers < 2 || heads < 2) throw new Error(`only ${layers} layers × ${heads} heads`);
        await layerSel.selectOption(String(layers - 1));
        await page.getByRole('img', { name: `Attention of layer ${layers - 1} head 0` }).waitFor({ timeout: 60000 });
        await page.getByRole('button', { name: 'Next head' }).click();
        await page.getByRole('img', { name: `Attention of layer ${layers - 1} head 1` }).waitFor({ timeout: 60000 });
        if ((await headSel.inputValue()) !== '1') throw new Error('head select did not follow the step');
        await page.waitForTimeout(600);
        page.off('response', onResponse);
        const maps = fetched.map((p) => p?.maps?.[0]).filter(Boolean);
        const got = maps.map((m) => `${m.layer}/${m.head}`);
        const at = (key) => maps[got.indexOf(key)];
        if (!at('0/0') || !at(`${layers - 1}/0`) || !at(`${layers - 1}/1`)) throw new Error('the viewer did not fetch the new maps: ' + got.join(', '));
        // A random tiny model can have near-identical maps in two heads (same colours once drawn);
        // the canvas must change when the maps clearly differ (uint8 values, 255 = weight 1).
        const a = Buffer.from(at('0/0').data, 'base64'), b = Buffer.from(at(`${layers - 1}/1`).data, 'base64');
        const diff = Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
        if (diff > 25 && (await pixels()) === first) throw new Error(`the heat map did not re-render for the new layer/head (maps differ by up to ${diff}/255)`);
        // Back on the log-prob heat map: hovering another token shows its alternatives.
        const toks = page.locator('lw-token-heatmap .tok:visible');
        await toks.nth(Math.min(1, (await toks.count()) - 1)).hover();
        await page.getByText(/rank \d+/).first().waitFor();
      });
    }
    if (await page.evaluate(async () => (await fetch('/api/sdks')).ok)) {
      await results.check('API page links a package and the sources of each SDK; the Python wheel downloads', async () => {
        await page.goto(BASE + '/api');
        for (const label of ['Python', 'TypeScript', '.NET (C#)']) {
          await page.getByRole('link', { name: `Download the ${label} sources` }).waitFor({ timeout: 15000 });
        }
        const wheel = page.getByRole('link', { name: 'Download the Python package' });
        const href = await wheel.getAttribute('href');
        if (href !== '/api/sdks/python/package') throw new Error('python package link is ' + href);
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), wheel.click()]);
        if (!/^llmworks_client-.+-py3-none-any\.whl$/.test(download.suggestedFilename())) {
          throw new Error('downloaded ' + download.suggestedFilename());
        }
        const path = await download.path();
        const { readFileSync } = await import('node:fs');
        if (readFileSync(path).subarray(0, 2).toString() !== 'PK') throw new Error('the wheel is not a zip');
      });
    }
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
