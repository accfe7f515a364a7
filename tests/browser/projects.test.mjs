// Issue 11, item 1: switching project in the header is correct on every page. Two projects with
// their own dataset and route; on each page the header switches from Alpha to Beta and the page
// must ask for Beta's data (a request with Beta's project_id) and stop showing Alpha's; an upload
// made on the Datasets page after the switch lands in Beta, the project the page lists; a detail
// page of Alpha's dataset leaves for the list when the header switches to Beta; and the user
// lands on the project with data after logging in. Run by run.sh against a running server.
import { join } from 'node:path';
import { launch, Results, SERVER, apiJson, signIn } from './lib.mjs';

const { base: BASE, shots: SHOTS } = SERVER;
const results = new Results();
const stamp = Date.now().toString(36);

const api = apiJson;

async function upload(context, project, name) {
  const rows = Array.from({ length: 12 }, (_, i) => JSON.stringify({ prompt: `${name} ${i}?`, completion: ` ${i}.` })).join('\n') + '\n';
  const res = await context.request.post(BASE + '/api/datasets/upload', {
    multipart: { name, project_id: String(project), file: { name: `${name}.jsonl`, mimeType: 'application/jsonl', buffer: Buffer.from(rows) } },
  });
  if (!res.ok()) throw new Error(`upload → ${res.status()} ${await res.text()}`);
  return res.json();
}

const login = signIn;

const switcher = (page) => page.locator('lw-project-switcher select');

/** Selects `project` in the header and waits until the server has kept the choice: a page
 * loaded while that PATCH is in flight would open on the previously remembered project. */
async function selectKept(page, project) {
  const kept = page.waitForResponse((r) => r.url().endsWith('/api/auth/me/preferences') && r.request().method() === 'PATCH',
    { timeout: 10000 }).catch(() => null);   // none when the project was already selected
  await switcher(page).selectOption(String(project));
  await kept;
}

/** Selects `project` in the header and waits for the page's request of `endpoint` with its project_id. */
async function switchTo(page, project, endpoint) {
  const wanted = page.waitForRequest((req) => {
    const url = new URL(req.url());
    return url.pathname === endpoint && url.searchParams.get('project_id') === String(project);
  }, { timeout: 20000 });
  await switcher(page).selectOption(String(project));
  await wanted;
}

const { context, close } = await launch({ width: 1280, height: 800 });
const page = await context.newPage();
try {
  await login(page);
  const alpha = await api(context, '/api/projects', { method: 'POST', data: { name: `Alpha ${stamp}` } });
  const beta = await api(context, '/api/projects', { method: 'POST', data: { name: `Beta ${stamp}` } });
  const alphaData = `alpha-data-${stamp}`, betaData = `beta-data-${stamp}`;
  await upload(context, alpha.id, alphaData);
  const betaVersion = await upload(context, beta.id, betaData);
  const models = await api(context, '/api/models/available');
  const base = models.items.find((m) => m.ready) ?? models.items[0];
  for (const [p, name] of [[alpha, `alpha-route-${stamp}`], [beta, `beta-route-${stamp}`]]) {
    await api(context, '/api/inference/routes', { method: 'POST', data: { project_id: p.id, name, model: base.ref, backend: 'pytorch' } });
  }

  // no reload: the kernel publishes project.created / membership.changed and the header reads
  // its project list again (regression: it was read once at sign-in)
  await results.check('projects created elsewhere appear in the header without a reload', async () => {
    for (const p of [alpha, beta]) await switcher(page).locator(`option[value="${p.id}"]`).waitFor({ state: 'attached', timeout: 10000 });
  });

  // [page, the list endpoint the page must ask again for the new project, Alpha's text, Beta's text]
  const pages = [
    ['/dashboard', '/api/dashboard', null, null],
    ['/datasets', '/api/datasets', alphaData, betaData],
    ['/training', '/api/training/jobs', null, null],
    ['/training/new', '/api/datasets/versions', null, null],
    ['/models/custom', '/api/models/custom', null, null],
    ['/experiments', '/api/tracking/experiments', null, null],
    ['/evaluations', '/api/evaluations', null, null],
    ['/routes', '/api/inference/routes', `alpha-route-${stamp}`, `beta-route-${stamp}`],
    ['/jobs', '/api/jobs', null, null],
  ];
  for (const [path, endpoint, alphaText, betaText] of pages) {
    await results.check(`${path} follows the header's project`, async () => {
      await selectKept(page, alpha.id);
      await page.goto(BASE + path);
      await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
      if (alphaText) await page.getByText(alphaText).first().waitFor({ timeout: 15000 });
      await switchTo(page, beta.id, endpoint);
      if (betaText) await page.getByText(betaText).first().waitFor({ timeout: 15000 });
      if (alphaText) {
        await page.getByText(alphaText).first().waitFor({ state: 'detached', timeout: 15000 });
      }
    });
  }

  await results.check('the new fine-tune form offers the dataset versions of the shown project', async () => {
    await selectKept(page, alpha.id);
    await page.goto(BASE + '/training/new');
    await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
    await switchTo(page, beta.id, '/api/datasets/versions');
    await page.waitForFunction((name) => [...document.querySelectorAll('option')].some((o) => o.textContent.includes(name)), betaData, { timeout: 15000 });
    if (await page.evaluate((name) => [...document.querySelectorAll('option')].some((o) => o.textContent.includes(name)), alphaData)) {
      throw new Error("Alpha's dataset is still offered after switching to Beta");
    }
  });

  await results.check('an upload after switching lands in the project the Datasets page lists', async () => {
    await selectKept(page, alpha.id);
    await page.goto(BASE + '/datasets');
    await page.getByText(alphaData).first().waitFor({ timeout: 15000 });
    await switchTo(page, beta.id, '/api/datasets');
    await page.getByText(betaData).first().waitFor({ timeout: 15000 });
    await page.getByTestId('upload-project').getByText(beta.name).waitFor({ timeout: 5000 });
    const name = `after-switch-${stamp}`;
    const rows = Array.from({ length: 10 }, (_, i) => JSON.stringify({ text: `row ${i} of ${name}` })).join('\n') + '\n';
    await page.locator('lw-upload-panel input[type=file]').setInputFiles({ name: `${name}.jsonl`, mimeType: 'application/jsonl', buffer: Buffer.from(rows) });
    await page.locator('lw-upload-panel').getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(/\/datasets\/\d+/, { timeout: 30000 });
    const inBeta = await api(context, `/api/datasets?project_id=${beta.id}&limit=100`);
    const inAlpha = await api(context, `/api/datasets?project_id=${alpha.id}&limit=100`);
    if (!inBeta.items.some((d) => d.name === name)) throw new Error('the upload is not in Beta');
    if (inAlpha.items.some((d) => d.name === name)) throw new Error('the upload went to Alpha');
    await page.screenshot({ path: join(SHOTS, 'project-switch-upload-light-desktop.png') });
  });

  await results.check("a detail page of another project's dataset leaves for the list on a switch", async () => {
    await selectKept(page, alpha.id);
    await page.goto(BASE + `/datasets/${betaVersion.dataset_id}`);   // a deep link into Beta while Alpha is selected
    await page.getByText(betaData).first().waitFor({ timeout: 15000 });
    await page.waitForFunction((id) => document.querySelector('lw-project-switcher select')?.value === String(id), beta.id, { timeout: 10000 });
    await switcher(page).selectOption(String(alpha.id));
    await page.waitForURL((url) => url.pathname === '/datasets', { timeout: 15000 });
    await page.getByText(alphaData).first().waitFor({ timeout: 15000 });
  });

  await results.check('after logging in, the UI opens on the project last used', async () => {
    await switcher(page).selectOption(String(beta.id));
    await page.waitForTimeout(800);                                    // the preference is saved in the background
    const me = await api(context, '/api/auth/me');
    if (me.default_project_id !== beta.id) throw new Error(`default_project_id is ${me.default_project_id}`);
    await page.evaluate(() => localStorage.removeItem('llmworks.project'));
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await login(page);
    await page.waitForFunction((id) => document.querySelector('lw-project-switcher select')?.value === String(id), beta.id, { timeout: 15000 });
  });
} finally {
  await close();
}

process.exit(results.summary() ? 0 : 1);
