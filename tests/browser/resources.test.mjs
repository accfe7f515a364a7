// Browser test of the resources pages (issue 16, item 8) against a running server (run.sh):
// the machines page shows this machine with live values; a training job scheduled for later
// is in the schedule with an estimated start and finish and can be paused; the training form
// estimates time and cost; the lineage graph draws the dataset and answers "what used this";
// the disk page lists a cleanup plan before deleting; the costs page shows the price table.
import { launch, Results } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const USER = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';

const results = new Results();
const { context, close } = await launch({ width: 1280, height: 900 });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (err) => errors.push(String(err)));

async function api(path, init = {}) {
  const res = await context.request.fetch(BASE + path, init);
  if (!res.ok()) throw new Error(`${init.method || 'GET'} ${path} → ${res.status()} ${await res.text()}`);
  return res.json();
}

async function open(path) {
  await page.goto(BASE + path);
  await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
}

let job = null;
let version = null;
try {
  await results.check('log in', async () => {
    await page.goto(BASE + '/login');
    await page.getByLabel('Username').fill(USER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
  });
  const me = await api('/api/auth/me');
  const project = me.projects[0].id;
  await results.check('seed: a dataset version and a training job scheduled for tomorrow', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => JSON.stringify({ text: `resources line ${i}` })).join('\n') + '\n';
    const res = await context.request.post(BASE + '/api/datasets/upload', {
      multipart: { name: 'resources-ui', project_id: String(project), file: { name: 'r.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) } },
    });
    if (!res.ok()) throw new Error(`upload → ${res.status()}`);
    version = await res.json();
    const models = await api('/api/models/available');
    const base = models.items.find((m) => m.ready) ?? models.items[0];
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    job = await api('/api/training/jobs', { method: 'POST', data: {
      project_id: project, name: 'scheduled-later', base_model: base.name, dataset_version_id: version.id,
      config: { method: 'lora', max_steps: 2, batch_size: 2 }, not_before: tomorrow } });
  });

  await results.check('/resources shows this machine with live values', async () => {
    await open('/resources');
    await page.getByRole('heading', { name: 'Resources' }).waitFor({ timeout: 15000 });
    await page.getByRole('region', { name: 'Live values' }).waitFor({ timeout: 20000 });
    await page.getByText('CPU', { exact: true }).first().waitFor({ timeout: 10000 });
    const machines = await api('/api/plugins/resources/machines');
    if (!machines.length) throw new Error('no machine');
    await page.getByText(machines[0].host).first().waitFor({ timeout: 10000 });
    await page.getByRole('heading', { name: `Now on ${machines[0].host}` }).waitFor({ timeout: 10000 });
  });

  await results.check('/resources charts are live and cover 24 h on request', async () => {
    const grid = page.getByLabel('Charts');
    await grid.waitFor({ timeout: 15000 });
    const first = Number(await grid.getAttribute('data-until'));
    // the last hour's charts reload every few seconds: the end of the charted range moves on
    await page.waitForFunction((t) => Number(document.querySelector('[aria-label="Charts"]')?.getAttribute('data-until')) > t + 2,
      first, { timeout: 20000 });
    const series = [];
    const onRequest = (r) => { if (r.url().includes('/series?')) series.push(r.url()); };
    page.on('request', onRequest);
    await page.getByRole('button', { name: '24 h' }).click();
    await page.getByRole('button', { name: '24 h', pressed: true }).waitFor({ timeout: 5000 });
    for (let i = 0; i < 50 && !series.some((u) => new URL(u).searchParams.get('hours') === '24'); i++) await page.waitForTimeout(100);
    page.off('request', onRequest);
    if (!series.some((u) => new URL(u).searchParams.get('hours') === '24')) throw new Error(`no 24 h request: ${series.join(' ')}`);
    await page.getByRole('button', { name: '1 h' }).click();
  });

  await results.check('/schedule lists the job with an estimated start and finish, and pauses it', async () => {
    await open('/schedule');
    const row = page.locator(`tr[data-job="${job.id}"]`);
    await row.waitFor({ timeout: 15000 });
    const start = (await row.locator('td.start').innerText()).trim();
    const finish = (await row.locator('td.finish').innerText()).trim();
    if (start === '–' || !finish || finish.startsWith('–')) throw new Error(`estimates: ${start} / ${finish}`);
    if (!(await row.getByText('not before').count())) throw new Error('no "not before" reason');
    await row.getByRole('button', { name: 'Pause' }).click();
    await row.getByRole('button', { name: 'Resume' }).waitFor({ timeout: 10000 });
    const j = await api(`/api/jobs/${job.id}`);
    if (!j.paused) throw new Error('the job is not paused');
  });

  await results.check('/training/new estimates time and cost', async () => {
    await open('/training/new');
    await page.getByRole('button', { name: 'Estimate time and cost' }).waitFor({ timeout: 15000 });
    const base = page.getByLabel('Base model');
    if (await base.count()) {
      const options = await base.locator('option').allInnerTexts().catch(() => []);
      if (options.length > 1) await base.selectOption({ index: 1 }).catch(() => {});
    }
    await page.getByLabel('GPUs').fill('1');
    await page.getByRole('button', { name: 'Estimate time and cost' }).click();
    await page.getByRole('status').filter({ hasText: /duration|about/ }).waitFor({ timeout: 15000 });
  });

  await results.check('/lineage draws the dataset version and answers "what used this"', async () => {
    await open('/lineage');
    const node = page.locator(`[data-node="dataset_version:${version.id}"]`);
    await node.waitFor({ timeout: 15000 });
    await node.click();
    await page.getByRole('region', { name: 'Selected node' }).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'What used this' }).click();
    await page.getByText(/What used dataset version/).waitFor({ timeout: 10000 });
    await page.getByRole('button', { name: 'Where did it come from' }).click();
    await page.locator(`[data-node="dataset:${version.dataset_id}"]`).waitFor({ timeout: 10000 });
  });

  await results.check('/resources/disk shows usage and a cleanup plan before deleting', async () => {
    await open('/resources/disk');
    await page.getByRole('table', { name: 'Datasets, models and runs' }).getByText('resources-ui v1').waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: 'List what would go' }).click();
    await page.getByRole('list', { name: 'Cleanup plan' }).waitFor({ timeout: 10000 });
  });

  await results.check('/resources/costs shows the price table', async () => {
    await open('/resources/costs');
    const yaml = await page.getByLabel('Price table (YAML)').inputValue({ timeout: 15000 });
    if (!yaml.includes('per_hour')) throw new Error('no price table');
  });

  await results.check('the job page shows its resources', async () => {
    await open(`/jobs/${job.id}`);
    await page.getByRole('region', { name: 'Resources and cost' }).waitFor({ timeout: 15000 });
  });

  await results.check('no uncaught page error', async () => {
    if (errors.length) throw new Error(errors.join(' | '));
  });
} finally {
  if (job) await context.request.post(`${BASE}/api/jobs/${job.id}/cancel`).catch(() => {});
  await close();
}
process.exit(results.summary() ? 0 : 1);
