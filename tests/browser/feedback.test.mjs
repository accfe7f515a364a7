// Browser test of the annotation page (issue 14): a labeler logs in, ranks and scores items with
// the keyboard only, reloads in the middle of an item and loses nothing (answers and the draft),
// works offline (answers and drafts are kept on the device, survive a reload while the server
// cannot be reached and are sent when the connection returns), sees only the annotation pages
// (any other page is the 403 page), and cannot open a campaign of another project it is not
// assigned to (403). Then a maintainer creates a campaign in the form with route and A/B-variant
// generators and prompts from a dataset version's column and split, and reads one annotator's
// history on the campaign page.
import { launch, Results, signIn } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const ADMIN = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';
const LABELER = 'labeler-ui';
const LABELER_PASSWORD = 'labeler-Pass-1234';
const results = new Results();

async function call(ctx, method, path, body, token) {
  const res = await ctx.request.fetch(BASE + path, {
    method, data: body === undefined ? undefined : body,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  let json = null;
  try { json = await res.json(); } catch { /* no body */ }
  return { status: res.status(), json };
}

async function must(ctx, method, path, body, token, expected = [200, 201]) {
  const r = await call(ctx, method, path, body, token);
  if (!expected.includes(r.status)) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

async function campaign(ctx, token, projectId, name, annotators) {
  const c = await must(ctx, 'POST', '/api/feedback/campaigns', {
    project_id: projectId, name, tasks: ['rank', 'score'], rubric: [{ name: 'helpful' }],
    generators: [{ label: 'a', model: 'base:llmworks-demo-tiny', generation: { max_new_tokens: 4, temperature: 1.0 } },
                 { label: 'b', model: 'base:llmworks-demo-tiny', generation: { max_new_tokens: 4, temperature: 0.5 } }],
    prompts: { inline: ['The farmer reads', 'The pilot paints', 'The baker finds'] }, annotators, annotators_per_item: 1,
  }, token);
  for (let i = 0; i < 600; i++) {
    const job = await must(ctx, 'GET', `/api/jobs/${c.job_id}`, undefined, token);
    if (job.state === 'succeeded') return c;
    if (['failed', 'cancelled'].includes(job.state)) throw new Error(`generation job ${job.state}: ${job.error}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('generation job did not finish');
}

async function seed(ctx) {
  const token = (await must(ctx, 'POST', '/api/auth/login', { username: ADMIN, password: PASSWORD })).token;
  await must(ctx, 'POST', '/api/users', { username: LABELER, password: LABELER_PASSWORD, role: 'user' }, token, [201, 409]);
  const a = (await must(ctx, 'POST', '/api/projects', { name: 'Labels A', slug: `labels-a-${Date.now()}` }, token)).id;
  const b = (await must(ctx, 'POST', '/api/projects', { name: 'Labels B', slug: `labels-b-${Date.now()}` }, token)).id;
  for (const p of [a, b]) await must(ctx, 'POST', `/api/projects/${p}/members`, { username: LABELER, role: 'labeler' }, token, [201, 409]);
  const mine = await campaign(ctx, token, a, 'ui-mine', [LABELER]);
  const theirs = await campaign(ctx, token, b, 'ui-theirs', [ADMIN]);
  // for the campaign form: two routes in an A/B test, and a dataset version with a prompt column
  for (const name of ['ui-bot-a', 'ui-bot-b', 'ui-solo']) {
    await must(ctx, 'POST', '/api/inference/routes', { project_id: a, name, model: 'base:llmworks-demo-tiny', backend: 'pytorch',
      params: { max_new_tokens: 3, temperature: 0.8 } }, token);
  }
  await must(ctx, 'POST', '/api/inference/ab-tests', { project_id: a, name: 'ui-ab', variants: [{ route: 'ui-bot-a', weight: 50 },
    { route: 'ui-bot-b', weight: 50 }] }, token);
  const rows = ['The gardener', 'The sailor', 'The teacher', 'The miller', 'The weaver', 'The potter', 'The smith', 'The cook']
    .map((q, i) => JSON.stringify({ question: `${q} asks`, prompt: `unused ${i}`, completion: ' answers.' })).join('\n');
  const res = await ctx.request.post(`${BASE}/api/datasets/upload?project_id=${a}`, {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { project_id: String(a), name: 'ui-prompts', file: { name: 'ui-prompts.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) } },
  });
  if (res.status() !== 201) throw new Error(`dataset upload → ${res.status()} ${await res.text()}`);
  const version = await res.json();
  return { a, b, mine, theirs, token, version };
}

const text = async (page, sel) => (await page.locator(sel).first().textContent())?.trim() ?? '';

async function waitSaved(page) {
  await page.waitForSelector('[data-testid="saved"]', { timeout: 10000 });
}

async function main() {
  const { context, close } = await launch({ width: 1280, height: 800 });
  let seeded = null;
  try {
    seeded = await seed(context);
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') console.log('    console:', m.text()); });
    await page.goto(BASE + '/login');
    await page.getByLabel('Username').fill(LABELER);
    await page.getByLabel('Password').fill(LABELER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
    await page.evaluate((id) => localStorage.setItem('llmworks.project', String(id)), seeded.a);
    await page.goto(BASE + '/');
    await page.waitForURL((url) => url.pathname.startsWith('/annotate'), { timeout: 15000 });

    await results.check('the labeler lands on the annotation pages and the navigation shows nothing else', async () => {
      const nav = await page.locator('#sidenav a').allTextContents();
      const labels = nav.map((s) => s.trim()).filter(Boolean);
      if (labels.length !== 1 || !labels[0].includes('Annotate')) throw new Error(`navigation: ${JSON.stringify(labels)}`);
    });

    await page.goto(`${BASE}/annotate/${seeded.mine.id}`);
    await page.waitForSelector('[data-testid="task"]', { timeout: 20000 });
    const total = Number((await text(page, '[data-testid="progress"]')).match(/\/\s*(\d+)/)[1]);

    await results.check('ranks and scores an item with the keyboard only; Enter saves it', async () => {
      await page.keyboard.press('2');
      await page.keyboard.press('1');
      await page.waitForFunction(() => document.querySelector('[data-testid="phase"]')?.textContent === 'score', null, { timeout: 5000 })
        .catch(() => { throw new Error('ranking did not move on to scoring'); });
      await page.keyboard.press('6');
      await page.keyboard.press('3');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-testid="progress"]')?.textContent?.startsWith('1 /'), null, { timeout: 10000 });
    });

    let assignment = '';
    await results.check('undo takes back the last key', async () => {
      assignment = (await page.locator('[data-testid="task"]').getAttribute('data-assignment')) ?? '';
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await page.keyboard.press('u');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="rank"]').length === 1, null, { timeout: 5000 }).catch(() => {});
      const ranks = await page.locator('[data-testid="rank"]').allTextContents();
      if (ranks.length !== 1) throw new Error(`after undo: ${ranks.length} ranked candidates`);
      await waitSaved(page);
    });

    await results.check('a reload in the middle of an item loses nothing', async () => {
      await page.reload();
      await page.waitForSelector('[data-testid="task"]', { timeout: 20000 });
      const progress = await text(page, '[data-testid="progress"]');
      if (!progress.startsWith('1 /')) throw new Error(`progress after reload: ${progress}`);
      const now = await page.locator('[data-testid="task"]').getAttribute('data-assignment');
      if (now !== assignment) throw new Error(`reopened assignment ${now}, expected ${assignment}`);
      const ranks = await page.locator('[data-testid="rank"]').allTextContents();
      if (ranks.length !== 1 || ranks[0].trim() !== '#1') throw new Error(`draft after reload: ${JSON.stringify(ranks)}`);
    });

    let offlineItem = '';
    await results.check('offline, an answer and a draft are kept on the device; nothing is lost', async () => {
      await context.setOffline(true);
      for (const k of ['2', '5', '5', 'Enter']) await page.keyboard.press(k);  // finishes the item from the reload
      await page.waitForFunction(() => document.querySelector('[data-testid="progress"]')?.textContent?.startsWith('2 /'), null, { timeout: 10000 })
        .catch(async () => { throw new Error(`offline submit did not move on: "${await text(page, '[data-testid="progress"]')}"`); });
      await page.waitForSelector('[data-testid="unsent"]', { timeout: 10000 });
      offlineItem = (await page.locator('[data-testid="task"]').getAttribute('data-assignment')) ?? '';
      if (offlineItem === assignment) throw new Error('still on the answered item');
      await page.keyboard.press('1');  // a draft, offline
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="rank"]').length === 1, null, { timeout: 5000 });
      const kept = await page.evaluate((id) => Object.keys(JSON.parse(localStorage.getItem(`llmworks.feedback.unsent.${id}`) ?? '{}')),
        String(seeded.mine.id));
      if (!kept.includes(assignment) || !kept.includes(offlineItem)) throw new Error(`kept on the device: ${JSON.stringify(kept)}`);
    });

    await results.check('a reload while the server cannot be reached keeps the draft, and the work is sent once it can', async () => {
      // the browser is back online but the saves still fail (the page itself loads): a reload must keep everything
      await page.route('**/api/feedback/assignments/**', (route) => route.abort('internetdisconnected'));
      await context.setOffline(false);
      await page.reload();
      await page.waitForSelector('[data-testid="task"]', { timeout: 20000 });
      const progress = await text(page, '[data-testid="progress"]');
      if (!progress.startsWith('2 /')) throw new Error(`progress after the reload: ${progress}`);
      const now = await page.locator('[data-testid="task"]').getAttribute('data-assignment');
      if (now !== offlineItem) throw new Error(`reopened assignment ${now}, expected ${offlineItem}`);
      const ranks = await page.locator('[data-testid="rank"]').allTextContents();
      if (ranks.length !== 1) throw new Error(`offline draft after the reload: ${JSON.stringify(ranks)}`);
      await page.waitForSelector('[data-testid="unsent"]', { timeout: 10000 });
      let q = (await call(context, 'GET', `/api/feedback/campaigns/${seeded.mine.id}/queue`)).json;
      if (q.done !== 1) throw new Error(`the server has ${q.done} answers before the connection returns`);
      await page.unroute('**/api/feedback/assignments/**');
      await waitSaved(page);  // the page retries by itself
      q = (await call(context, 'GET', `/api/feedback/campaigns/${seeded.mine.id}/queue`)).json;
      const draft = q.items.find((t) => String(t.assignment_id) === offlineItem)?.draft;
      if (q.done !== 2 || draft?.ranking?.length !== 1) throw new Error(`server after the retry: ${q.done} done, draft ${JSON.stringify(draft)}`);
    });

    await results.check('finishes the campaign with the keyboard', async () => {
      await page.keyboard.press('2');
      await page.keyboard.press('5');
      await page.keyboard.press('5');
      await page.keyboard.press('Enter');
      for (let i = 3; i < total; i++) {
        await page.waitForFunction((n) => document.querySelector('[data-testid="progress"]')?.textContent?.startsWith(`${n} /`), i, { timeout: 10000 });
        for (const k of ['1', '2', '7', '1', 'Enter']) await page.keyboard.press(k);
      }
      await page.waitForSelector('[data-testid="all-done"]', { timeout: 10000 }).catch(async () => {
        throw new Error(`not done: progress "${await text(page, '[data-testid="progress"]')}", step "${await text(page, '[data-testid="phase"]')}"`);
      });
      const answers = (await call(context, 'GET', `/api/feedback/campaigns/${seeded.mine.id}/queue`)).json;
      if (total < 3 || answers.done !== total) throw new Error(`server has ${answers.done}/${total} answers`);
    });

    await results.check('every other page is the 403 page for a labeler', async () => {
      for (const path of ['/datasets', '/jobs', '/plugins', '/feedback']) {
        await page.goto(BASE + path);
        await page.waitForSelector('[data-testid="forbidden"]', { timeout: 15000 });
      }
    });

    await results.check("another project's campaign is 403", async () => {
      const r = await call(context, 'GET', `/api/feedback/campaigns/${seeded.theirs.id}/queue`);
      if (r.status !== 403) throw new Error(`GET queue of another project's campaign → ${r.status}`);
      const d = await call(context, 'GET', `/api/feedback/campaigns/${seeded.mine.id}`);
      if (d.status !== 403) throw new Error(`GET campaign (a maintainer page) → ${d.status}`);
      await page.goto(`${BASE}/annotate/${seeded.theirs.id}`);
      await page.waitForSelector('.alert.danger', { timeout: 15000 });
    });
  } finally {
    await close();
  }
  if (seeded) await maintainer(seeded);
  if (!results.summary()) process.exit(1);
}

/** A maintainer: the campaign form (route and A/B-variant generators, prompts from a dataset
 * version's column and split) and one annotator's history on the campaign page. */
async function maintainer(seeded) {
  const { context, close } = await launch({ width: 1400, height: 1000 });
  try {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') console.log('    console:', m.text()); });
    await signIn(page);
    await page.evaluate((id) => localStorage.setItem('llmworks.project', String(id)), seeded.a);
    const api = (method, path, body) => must(context, method, path, body, seeded.token);

    await results.check('the campaign form takes route and A/B-variant generators and a dataset version column and split', async () => {
      await page.goto(`${BASE}/feedback`);
      await page.waitForSelector('form[aria-labelledby="new-campaign"]', { timeout: 20000 });
      await page.locator('form[aria-labelledby="new-campaign"] input[name="name"]').fill('ui-form');
      await page.getByLabel('Source of generator 1').selectOption('route');
      await page.getByLabel('Route of generator 1').selectOption('ui-solo');
      await page.getByLabel('Temperature of generator 1').fill('');
      await page.getByLabel('Max new tokens of generator 1').fill('');
      await page.getByLabel('Max new tokens of generator 2').fill('3');
      await page.getByLabel('A/B test').selectOption({ label: 'ui-ab (2 variants)' });
      await page.getByRole('button', { name: 'Add its variants' }).click();
      // The view re-renders after the click's handler (zoneless change detection), not within it.
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="generator"]').length === 4, null, { timeout: 5000 })
        .catch(async () => { throw new Error(`the variants were not added as generators (${await page.locator('[data-testid="generator"]').count()} rows)`); });
      await page.locator('input[name="psrc"][value="dataset"]').check();
      const option = (await page.locator('select[name="dsv"] option', { hasText: 'ui-prompts' }).first().textContent())?.trim() ?? '';
      await page.locator('select[name="dsv"]').selectOption({ label: option });
      await page.locator('select[name="pcol"]').selectOption('question');
      await page.locator('select[name="split"]').selectOption('train');
      await page.locator('input[name="plimit"]').fill('2');
      await page.locator('input[name="annotators"]').fill(ADMIN);
      await page.getByRole('button', { name: 'Create and generate' }).click();
      await page.waitForURL(/\/feedback\/campaigns\/\d+/, { timeout: 20000 });
      const id = Number(new URL(page.url()).pathname.split('/').pop());
      const c = await api('GET', `/api/feedback/campaigns/${id}`);
      const gens = c.generators.map((g) => `${g.label}:${g.route ?? g.model}`);
      const want = ['a:ui-solo', 'b:base:llmworks-demo-tiny', 'ui-bot-a:ui-bot-a', 'ui-bot-b:ui-bot-b'];
      if (JSON.stringify(gens) !== JSON.stringify(want)) throw new Error(`generators ${JSON.stringify(gens)}`);
      if (c.generators[0].generation && Object.keys(c.generators[0].generation).length) {
        throw new Error(`an empty setting overrode the route's: ${JSON.stringify(c.generators[0].generation)}`);
      }
      const p = c.prompts;
      if (p.dataset_version_id !== seeded.version.id || p.prompt_column !== 'question' || p.split !== 'train' || p.limit !== 2) {
        throw new Error(`prompts ${JSON.stringify(p)}`);
      }
      for (let i = 0; i < 600; i++) {
        const job = await api('GET', `/api/jobs/${c.job_id}`);
        if (job.state === 'succeeded') break;
        if (['failed', 'cancelled'].includes(job.state)) throw new Error(`generation job ${job.state}: ${job.error}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      const items = (await api('GET', `/api/feedback/campaigns/${id}/items`)).items;
      if (items.length !== 2 || !items.every((it) => it.prompt.endsWith(' asks') && it.candidates.length === 4)) {
        throw new Error(`items ${JSON.stringify(items.map((it) => [it.prompt, it.candidates.length]))}`);
      }
    });

    await results.check("the campaign page shows one annotator's history", async () => {
      await page.goto(`${BASE}/feedback/campaigns/${seeded.mine.id}`);
      const section = page.locator('[data-testid="annotator-history"]');
      await section.waitFor({ timeout: 20000 });
      await section.getByLabel('Annotator', { exact: true }).selectOption({ label: LABELER });
      await section.locator('caption', { hasText: LABELER }).waitFor({ timeout: 10000 });
      const user = (await api('GET', `/api/feedback/campaigns/${seeded.mine.id}`)).annotators.find((x) => x.username === LABELER);
      const history = await api('GET', `/api/feedback/campaigns/${seeded.mine.id}/annotators/${user.user_id}/history`);
      const rows = await section.locator('tbody tr').count();
      if (history.answers.length < 3 || rows !== history.answers.length) throw new Error(`${rows} rows for ${history.answers.length} answers`);
      await section.locator('tbody tr a').first().click();
      await page.waitForSelector('[data-testid="history"]', { timeout: 15000 });
    });
  } finally {
    await close();
  }
}

await main();
