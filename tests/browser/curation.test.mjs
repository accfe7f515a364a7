// Browser test of the curation UI against a running server (see run.sh): upload a noisy dataset
// (duplicates, Hindi, French, messy spacing), build a recipe in the recipe builder, preview it
// (removed rows with their reasons, a changed row as a diff, per-step statistics), save it, run
// it and see the run's statistics; then the language chart and the fertility table.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, axe, Results, repoRoot } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const USER = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';
const SHOTS = process.env.SCREENSHOT_DIR || join(repoRoot, 'docs', 'screenshots');
const results = new Results();
mkdirSync(SHOTS, { recursive: true });

const ROWS = [
  'The quick brown fox jumps over the lazy dog near the river bank today.',
  'the quick brown fox jumps over the LAZY dog, near the river bank today!!',
  'भारत एक विशाल देश है और यहाँ की संस्कृति बहुत पुरानी है।',
  'मुझे हिंदी में किताबें पढ़ना बहुत अच्छा लगता है और मैं रोज़ शाम को पढ़ता हूँ।',
  'Le chat dort tranquillement sur le canapé pendant que la pluie tombe dehors.',
  'Hello\u200b   world,\tthis  text   has   messy   spacing in it.',
  'A good teacher explains hard ideas with simple words and a lot of patience.',
];

async function api(context, path, init = {}) {
  const res = await context.request.fetch(BASE + path, init);
  if (!res.ok()) throw new Error(`${init.method || 'GET'} ${path} → ${res.status()} ${await res.text()}`);
  return res.json();
}

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(300);
}

const { context, close } = await launch({ width: 1280, height: 900 });
const page = await context.newPage();
const consoleErrors = [];
page.on('pageerror', (err) => consoleErrors.push(String(err)));
try {
  await page.goto(BASE + '/login');
  await page.getByLabel('Username').fill(USER);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
  const me = await api(context, '/api/auth/me');
  const project = me.projects[0].id;
  const data = ROWS.map((t) => JSON.stringify({ text: t })).join('\n') + '\n';
  const up = await context.request.post(BASE + '/api/datasets/upload', {
    multipart: { name: 'curation-ui-noisy', project_id: String(project),
      file: { name: 'noisy.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(data) } },
  });
  if (!up.ok()) throw new Error(`upload → ${up.status()}`);
  const version = await up.json();

  await results.check('the recipe builder previews row by row', async () => {
    await page.goto(BASE + '/curation');
    await settle(page);
    await page.getByLabel('Dataset', { exact: true }).selectOption({ label: 'curation-ui-noisy' });
    await settle(page);
    for (const step of ['normalize', 'exact_dedupe', 'language_filter']) {
      await page.getByLabel('Add a step').selectOption(step);
    }
    // the language filter's 'keep' list (a list field of its parameter form)
    const keep = page.locator('li.step').nth(2).locator('label', { hasText: 'keep' }).locator('input');
    await keep.fill('en, hi');
    await keep.dispatchEvent('change');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('.prow').first().waitFor({ timeout: 60000 });
    const dup = page.locator('.prow.removed', { hasText: 'exact duplicate of row 0' });
    if (!(await dup.count())) throw new Error('no removed row with the exact-duplicate reason');
    if (!(await page.locator('.prow.removed', { hasText: 'language fr' }).count())) throw new Error('the French row is not removed');
    const changed = page.locator('.prow.changed');
    if (!(await changed.locator('.diff .add').count()) || !(await changed.locator('.diff .del').count())) throw new Error('no diff of the changed row');
    const stats = await page.locator('table.stats').first().innerText();
    if (!/exact_dedupe\s+7\s+1/.test(stats)) throw new Error(`per-step statistics: ${stats}`);
    if (!(await page.locator('.prow.kept', { hasText: 'भारत एक विशाल देश' }).count())) throw new Error('the Hindi row is not kept');
    await page.screenshot({ path: join(SHOTS, 'curation-preview-light-desktop.png'), fullPage: true });
    const v = await axe(page);
    if (v.length) throw new Error('axe: ' + JSON.stringify(v));
  });

  await results.check('a bad parameter is shown at its step', async () => {
    await page.getByLabel('Add a step').selectOption('near_dedupe');
    const threshold = page.locator('li.step').nth(3).getByRole('spinbutton', { name: /Threshold/ });
    await threshold.fill('1.5');
    await threshold.dispatchEvent('change');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('li.step.invalid .err').first().waitFor({ timeout: 15000 });
    const msg = await page.locator('li.step.invalid .err').first().innerText();
    if (!msg.includes('0.98')) throw new Error(`error shown: ${msg}`);
    await page.locator('li.step').nth(3).getByRole('button', { name: 'Remove step 4' }).click();
  });

  await results.check('save the recipe and run it into a new version', async () => {
    await page.getByLabel('Recipe name').fill(`ui-clean-${Date.now()}`);
    await page.getByRole('button', { name: 'Save recipe' }).click();
    await page.getByRole('button', { name: /Run recipe v1/ }).waitFor({ timeout: 15000 });
    const output = `curation-ui-clean-${Date.now()}`;
    await page.getByLabel('Output dataset').fill(output);
    await page.getByRole('button', { name: /Run recipe v1/ }).click();
    await page.locator('section.runs tbody tr').first().locator('[data-status=succeeded]').waitFor({ timeout: 120000 });
    const row = await page.locator('section.runs tbody tr').first().innerText();
    if (!row.includes('7 → 5') || !row.includes(output)) throw new Error(`run row: ${row}`);
    await page.locator('section.runs tbody tr').first().click();
    await page.locator('section.runs table.inner').first().waitFor({ timeout: 10000 })
      .catch(() => { throw new Error('no per-step statistics of the run'); });
    await page.screenshot({ path: join(SHOTS, 'curation-run-light-desktop.png'), fullPage: true });
  });

  await results.check('language chart and fertility table', async () => {
    await page.goto(BASE + '/curation/languages');
    await settle(page);
    await page.getByLabel('Dataset', { exact: true }).selectOption({ label: 'curation-ui-noisy' });
    await page.locator('lw-chart canvas').first().waitFor({ timeout: 30000 });
    await page.getByRole('table', { name: 'Languages' }).getByText('French').waitFor({ timeout: 30000 });
    const langs = await page.getByRole('table', { name: 'Languages' }).innerText();
    if (!langs.includes('Hindi') || !langs.includes('French')) throw new Error(`languages: ${langs}`);
    const boxes = page.locator('.models input[type=checkbox]');
    for (let i = 0; i < (await boxes.count()); i++) if (await boxes.nth(i).isChecked()) await boxes.nth(i).uncheck();
    await page.locator('.models label', { hasText: 'base:llmworks-demo-tiny' }).locator('input').check();
    await page.getByRole('button', { name: 'Measure fertility' }).click();
    const table = page.getByRole('table', { name: 'Fertility per model and language' });
    await table.waitFor({ timeout: 60000 });
    const text = await table.innerText();
    if (!text.includes('Hindi (hi)')) throw new Error(`fertility: ${text}`);
    await page.screenshot({ path: join(SHOTS, 'curation-languages-light-desktop.png'), fullPage: true });
    const v = await axe(page);
    if (v.length) throw new Error('axe: ' + JSON.stringify(v));
  });
  if (consoleErrors.length) results.fail('no page errors', consoleErrors.join(' | '));
  else results.ok('no page errors');
  void version;
} finally {
  await close();
}
process.exit(results.summary() ? 0 : 1);
