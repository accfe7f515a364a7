// Browser test of the annotation page (issue 14): a labeler logs in, ranks and scores items with
// the keyboard only, reloads in the middle of an item and loses nothing (answers and the draft),
// sees only the annotation pages (any other page is the 403 page), and cannot open a campaign of
// another project it is not assigned to (403).
import { launch, Results } from './lib.mjs';

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
  return { a, b, mine, theirs };
}

const text = async (page, sel) => (await page.locator(sel).first().textContent())?.trim() ?? '';

async function waitSaved(page) {
  await page.waitForSelector('[data-testid="saved"]', { timeout: 10000 });
}

async function main() {
  const { context, close } = await launch({ width: 1280, height: 800 });
  try {
    const seeded = await seed(context);
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

    await results.check('finishes the campaign with the keyboard', async () => {
      await page.keyboard.press('2');
      await page.keyboard.press('5');
      await page.keyboard.press('5');
      await page.keyboard.press('Enter');
      for (let i = 2; i < total; i++) {
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
  if (!results.summary()) process.exit(1);
}

await main();
