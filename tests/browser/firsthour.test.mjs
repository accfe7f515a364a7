// Issue 11: the first hour in the browser. The demo-model flow (a LoRA job on an English + Hindi
// question/answer dataset, evaluated from the model page: BLEU rises over the base model's), and
// the pages that API-only features got: export in every format and evaluating on the model page,
// token statistics on the dataset page, the Metrics page (YAML registration and the test box), a
// single run's page with its most looked-at metrics first. Screenshots of each go to docs/screenshots/.
import { join } from 'node:path';
import { launch, axe, Results, SERVER, apiJson, signIn } from './lib.mjs';

const { base: BASE, shots: SHOTS } = SERVER;
const results = new Results();
const stamp = Date.now().toString(36);

const api = apiJson;

async function waitFor(fn, what, timeoutMs = 240000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 700));
  }
}

const COLOURS = { sky: 'blue', grass: 'green', snow: 'white', sun: 'yellow', coal: 'black', blood: 'red', lemon: 'yellow', leaf: 'green' };
const HI = { sky: ['आसमान', 'नीला'], grass: ['घास', 'हरा'], snow: ['बर्फ़', 'सफ़ेद'], sun: ['सूरज', 'पीला'], coal: ['कोयला', 'काला'], blood: ['खून', 'लाल'], lemon: ['नींबू', 'पीला'], leaf: ['पत्ता', 'हरा'] };
const NUM = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** English + Hindi question/answer rows like llmworks_sdk.demo.demo_instruction_rows. */
function rows() {
  const out = [];
  for (let i = 0; i < 160; i++) {
    const thing = Object.keys(COLOURS)[i % 8];
    if (i % 3 === 0) out.push({ prompt: `${HI[thing][0]} का रंग क्या है?`, completion: ` ${HI[thing][0]} का रंग ${HI[thing][1]} है।` });
    else if (i % 3 === 1) out.push({ prompt: `What colour is the ${thing}?`, completion: ` The ${thing} is ${COLOURS[thing]}.` });
    else {
      const a = 1 + (i % 4), b = 1 + ((i >> 2) % 4);
      out.push({ prompt: `What is ${NUM[a - 1]} plus ${NUM[b - 1]}?`, completion: ` ${NUM[a - 1][0].toUpperCase() + NUM[a - 1].slice(1)} plus ${NUM[b - 1]} is ${NUM[a + b - 1]}.` });
    }
  }
  return out;
}

const login = signIn;

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(400);
}

async function noA11yViolations(page) {
  const v = await axe(page);
  if (v.length) throw new Error('axe: ' + JSON.stringify(v));
}

const { context, close } = await launch({ width: 1280, height: 900 });
const page = await context.newPage();
try {
  await login(page);
  // the header's "New project" action: creates the project, lists it and switches to it (no reload)
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('New project name').fill(`Support desk ${stamp}`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const project = await waitFor(async () => (await api(context, '/api/projects?limit=500')).items.find((p) => p.name === `Support desk ${stamp}`), 'the new project');
  await page.waitForFunction((id) => document.querySelector('lw-project-switcher select')?.value === String(id), project.id, { timeout: 10000 });
  const data = rows().map((r) => JSON.stringify(r)).join('\n') + '\n';
  const upload = await context.request.post(BASE + '/api/datasets/upload', {
    multipart: { name: 'support-qa', project_id: String(project.id), validation_fraction: '0.2',
      file: { name: 'support-qa.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(data) } },
  });
  if (!upload.ok()) throw new Error(`upload → ${upload.status()} ${await upload.text()}`);
  const version = await upload.json();

  const demo = await waitFor(async () => (await api(context, '/api/models/available')).items.find((m) => m.name === 'llmworks-demo-tiny' && m.ready), 'the demo model');
  let before = null, modelVersion = null, runId = null;

  await results.check('demo model: context of 1,024 tokens, word-like answers', async () => {
    if (demo.context_length < 1024) throw new Error(`context ${demo.context_length}`);
    const out = await api(context, '/api/inference/generate', { method: 'POST', data: { model: demo.ref, backend: 'pytorch', prompt: 'The colour of the sky', project_id: project.id, params: { temperature: 0, max_new_tokens: 10 } } });
    if (!/[a-z]{3,}/.test(out.text) || out.text.includes('\ufffd')) throw new Error(`answer: ${JSON.stringify(out.text)}`);
  });

  await results.check('a new project with no route: the playground targets the demo model and answers at once', async () => {
    await page.goto(BASE + '/playground');
    await page.getByRole('button', { name: 'Completion' }).click();
    const model = page.getByLabel('Model 1');
    await page.waitForFunction(() => (document.querySelector('[aria-label="Model 1"]')?.value ?? '') !== '', null, { timeout: 30000 });
    if ((await model.inputValue()) !== demo.ref) throw new Error(`the first column targets ${await model.inputValue()}`);
    if ((await page.getByLabel('Backend 1').inputValue()) !== 'pytorch') throw new Error('the backend is not PyTorch');
    await page.getByLabel('text', { exact: true }).fill('The old farmer');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.locator('lw-token-heatmap .tok:visible').first().waitFor({ timeout: 120000 });
  });
  await results.check('dataset page: token statistics for the demo tokenizer', async () => {
    await page.goto(BASE + `/datasets/${version.dataset_id}`);
    await settle(page);
    const card = page.getByTestId('token-stats');
    await card.getByRole('button', { name: 'Count tokens' }).click();
    await card.getByText('Total tokens').waitFor({ timeout: 60000 });
    await card.getByText(/Longer than 1024/).waitFor();
    await card.screenshot({ path: join(SHOTS, 'dataset-token-stats-light-desktop.png') });
    await page.screenshot({ path: join(SHOTS, 'dataset-tokens-light-desktop.png'), fullPage: true });
    await noA11yViolations(page);
  });

  await results.check('demo-model flow: LoRA, then evaluating from the model page raises BLEU', async () => {
    const ev = await api(context, '/api/evaluations', { method: 'POST', data: { project_id: project.id, model: demo.ref, name: 'base', dataset: { version_id: version.id, split: 'validation' }, metrics: ['bleu', 'rougeL'], max_examples: 24, generation: { temperature: 0, max_new_tokens: 16 } } });
    const done = await waitFor(async () => { const e = await api(context, `/api/evaluations/${ev.id}`); return !['queued', 'running'].includes(e.status) && e; }, 'the base evaluation');
    before = done.results.bleu.score;
    const job = await api(context, '/api/training/jobs', { method: 'POST', data: { project_id: project.id, name: 'support-lora', base_model: demo.name, dataset_version_id: version.id, config: { method: 'lora', max_steps: 80, batch_size: 8, learning_rate: 0.01, target_modules: ['c_attn', 'c_proj', 'c_fc'] } } });
    const trained = await waitFor(async () => { const j = await api(context, `/api/training/jobs/${job.id}`); return ['succeeded', 'failed', 'cancelled'].includes(j.state) && j; }, 'the LoRA job', 400000);
    if (trained.state !== 'succeeded') throw new Error(`training ${trained.state}: ${trained.error}`);
    modelVersion = trained.model_version_id;
    runId = trained.run_id;
    await page.goto(BASE + `/models/custom/${modelVersion}`);
    await settle(page);
    await page.getByTestId('evaluate-dataset').selectOption(String(version.id));
    await page.getByRole('button', { name: 'Evaluate' }).click();
    await page.waitForURL(/\/evaluations\/\d+/, { timeout: 30000 });
    const evalId = Number(new URL(page.url()).pathname.split('/').pop());
    const after = await waitFor(async () => { const e = await api(context, `/api/evaluations/${evalId}`); return !['queued', 'running'].includes(e.status) && e; }, 'the evaluation from the model page');
    if (after.status !== 'succeeded') throw new Error(`evaluation ${after.status}`);
    const bleu = after.results.bleu.score;
    if (!(bleu > before * 3 && bleu > before + 4)) throw new Error(`BLEU ${before} → ${bleu}`);
    await page.goto(BASE + `/models/custom/${modelVersion}`);
    await settle(page);
    await page.getByTestId('model-evaluations').getByText(`#${evalId}`).waitFor({ timeout: 15000 });
    await page.screenshot({ path: join(SHOTS, 'model-version-evaluate-export-light-desktop.png'), fullPage: true });
    await noA11yViolations(page);
    console.log(`       BLEU of the validation split: base ${before.toFixed(2)} → LoRA ${bleu.toFixed(2)}`);
  });

  await results.check('model page: export offers every registered format', async () => {
    if (!modelVersion) throw new Error('no model version');
    await page.goto(BASE + `/models/custom/${modelVersion}`);
    await settle(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.locator('input[name=format]').first().waitFor({ timeout: 15000 });  // the list loads after the click
    const offered = await page.locator('input[name=format]').evaluateAll((els) => els.map((e) => e.value));
    const formats = (await api(context, '/api/training/export-formats')).items.map((f) => f.name);
    if ([...offered].sort().join(',') !== [...formats].sort().join(',') || !offered.includes('adapter')) throw new Error(`offered ${offered}, registered ${formats}`);
    await page.locator('input[name=format][value=adapter]').check();
    const href = await page.getByRole('link', { name: /Download adapter/ }).getAttribute('href');
    if (!href.includes('format=adapter')) throw new Error(href);
    const res = await context.request.get(BASE + href);
    if (!res.ok() || (await res.body()).length < 1000) throw new Error(`download → ${res.status()}`);
  });

  await results.check('run page: loss, validation loss and perplexity first, with charts', async () => {
    if (!runId) throw new Error('no run');
    await page.goto(BASE + `/experiments/runs/${runId}`);
    await settle(page);
    const labels = await page.locator('.stat .label').allTextContents();
    const lossAt = labels.indexOf('loss'), valAt = labels.findIndex((l) => l === 'val_loss');
    const lrAt = labels.indexOf('learning_rate');
    if (lossAt !== 0 || valAt < 0 || (lrAt >= 0 && lrAt < valAt)) throw new Error(`order: ${labels.join(', ')}`);
    await page.getByRole('img', { name: /loss by step/ }).first().waitFor({ timeout: 15000 }).catch(async () => {
      if (!(await page.locator('lw-chart').count())) throw new Error('no charts');
    });
    await page.getByText('finished').first().waitFor();
    await page.screenshot({ path: join(SHOTS, `experiments-run-light-desktop.png`), fullPage: true });
    await noA11yViolations(page);
  });

  await results.check('models page: upload an exported archive and register a server folder as base models', async () => {
    if (!modelVersion) throw new Error('no model version');
    const archive = await context.request.get(BASE + `/api/models/custom/${modelVersion}/export?format=merged&archive=tar.gz`, { timeout: 120000 });
    if (!archive.ok()) throw new Error(`export → ${archive.status()}`);
    await page.goto(BASE + '/models');
    await settle(page);
    await page.getByTestId('model-archive').setInputFiles({ name: 'support-merged.tar.gz', mimeType: 'application/gzip', buffer: await archive.body() });
    await page.getByTestId('model-upload-name').fill(`support-merged-${stamp}`);
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText(`support-merged-${stamp}`).first().waitFor({ timeout: 60000 });
    const path = demo.path;
    if (!path) throw new Error('the administrator sees no path of the demo model');
    {
      await page.getByTestId('model-location').fill(path);
      await page.getByLabel('Name (optional)').fill(`demo-folder-${stamp}`);
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByText(`demo-folder-${stamp}`).first().waitFor({ timeout: 15000 });
    }
    await page.screenshot({ path: join(SHOTS, 'models-add-light-desktop.png'), fullPage: true });
    await noA11yViolations(page);
  });

  await results.check('A/B test: rate answers in the playground, report as charts with the results in words', async () => {
    for (const [name, t] of [[`ab-a-${stamp}`, 0], [`ab-b-${stamp}`, 0.8]]) {
      await api(context, '/api/inference/routes', { method: 'POST', data: { project_id: project.id, name, model: demo.ref, backend: 'pytorch', params: { temperature: t, max_new_tokens: 8, seed: 1 } } });
    }
    const test = await api(context, '/api/inference/ab-tests', { method: 'POST', data: { project_id: project.id, name: `ab-${stamp}`, variants: [{ route: `ab-a-${stamp}`, weight: 50 }, { route: `ab-b-${stamp}`, weight: 50 }] } });
    if (test.status !== 'running') await api(context, `/api/inference/ab-tests/${test.id}`, { method: 'PATCH', data: { status: 'running' } });
    // traffic for the report from distinct end users (the assignment is sticky per key: one
    // user's traffic all lands on one variant), until each variant has enough to compare
    for (let i = 0; i < 40; i++) {
      await api(context, '/api/inference/generate', { method: 'POST', data: { route: `ab-${stamp}`, prompt: `What colour is the sky ${i}?`, project_id: project.id, session_key: `customer-${i}` } });
      if (i >= 7) {
        const counts = (await api(context, `/api/inference/ab-tests/${test.id}/report`)).variants.map((v) => v.requests);
        if (counts.length === 2 && Math.min(...counts) >= 4) break;
      }
    }
    await page.goto(BASE + '/playground');
    await settle(page);
    await page.getByRole('button', { name: 'Completion' }).click();
    await page.getByLabel('text', { exact: true }).fill('What colour is the grass?');
    await page.getByLabel('Route 1').selectOption(`ab-${stamp}`);
    await page.getByRole('button', { name: 'Run' }).click();
    const rating = page.getByTestId('ab-rating').first();
    await rating.waitFor({ timeout: 120000 });
    await rating.getByRole('button', { name: 'Good answer' }).click();
    await rating.getByRole('button', { name: 'Rate 4 of 5' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=ab-rating] [aria-label="Rate 4 of 5"]')?.getAttribute('aria-pressed') === 'true', null, { timeout: 15000 });
    await page.screenshot({ path: join(SHOTS, 'playground-ab-rating-light-desktop.png') });
    const report = await api(context, `/api/inference/ab-tests/${test.id}/report`);
    const thumbs = report.variants.reduce((n, v) => n + v.thumbs.n, 0);
    if (thumbs < 1) throw new Error('the rating is not in the report');
    await page.goto(BASE + '/routes');
    await settle(page);
    await page.getByRole('row', { name: new RegExp(`ab-${stamp}`) }).getByRole('button', { name: 'Report' }).click();
    const view = page.getByTestId('ab-report');
    await view.waitFor({ timeout: 15000 });
    // a real comparison in words, not "not enough data yet"
    await view.getByText(/^latency: (ab-\S+ is .+ than ab-\S+|no significant difference between ab-\S+ and ab-\S+)/).first().waitFor({ timeout: 10000 });
    const latency = (await view.locator('.findings li').allTextContents()).find((t) => t.startsWith('latency: '));
    if (!latency || /not enough data/.test(latency)) throw new Error(`latency finding: ${latency}`);
    await view.locator('lw-chart').first().waitFor();
    await view.screenshot({ path: join(SHOTS, 'ab-report-light-desktop.png') });
    await noA11yViolations(page);
  });

  await results.check('notifications page: add a webhook (secret shown once), switch it off', async () => {
    await page.goto(BASE + '/notifications');
    await settle(page);
    await page.getByTestId('webhook-url').fill(`https://93.184.215.14/llmworks-${stamp}`);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.getByTestId('webhook-secret').waitFor({ timeout: 15000 });
    await page.getByText(`https://93.184.215.14/llmworks-${stamp}`).waitFor();
    await page.getByLabel(`Active: https://93.184.215.14/llmworks-${stamp}`).uncheck();
    await page.waitForTimeout(800);
    const hooks = await api(context, `/api/webhooks?project_id=${project.id}`);
    const hook = hooks.items.find((h) => h.url.includes(stamp));
    if (!hook || hook.active) throw new Error(`webhook ${JSON.stringify(hook)}`);
    await page.screenshot({ path: join(SHOTS, 'notifications-light-desktop.png'), fullPage: true });
    await noA11yViolations(page);
  });

  await results.check('metrics page: register a YAML metric and test it', async () => {
    await page.goto(BASE + '/metric-definitions');
    await settle(page);
    const name = `says_please_${stamp}`;
    await page.getByTestId('metric-yaml').fill(`metrics:\n  - name: ${name}\n    type: keyword_coverage\n    keywords: [please, thank you]\n`);
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByText(`Valid: ${name}`).waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('cell', { name: new RegExp(name) }).first().waitFor({ timeout: 15000 });
    await page.getByTestId('test-metric').selectOption(name);
    await page.getByTestId('test-predictions').fill('please, thank you\nno');
    await page.getByTestId('test-references').fill('x\ny');
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByTestId('test-score').waitFor({ timeout: 15000 });
    const score = await page.getByTestId('test-score').innerText();
    if (!/0\.5/.test(score)) throw new Error(`score ${score}`);
    await page.getByTestId('metric-yaml').fill('metrics:\n  - name: broken\n    type: nope\n');
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByText(/unknown type/).waitFor({ timeout: 15000 });
    await page.screenshot({ path: join(SHOTS, 'metrics-light-desktop.png'), fullPage: true });
    await noA11yViolations(page);
  });
} finally {
  await close();
}

process.exit(results.summary() ? 0 : 1);
