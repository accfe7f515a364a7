// Browser tests of the safety pages and the playground's safety toggles against a running server
// (run.sh: the server has the scripted `uitest-echo` backend of pyplugins/llmworks_uitest_echo.py,
// which repeats its prompt and adds an e-mail address, and a banned word when asked to "be rude").
// Drives the pages as a user would: creates a policy with a locked filter, writes a YAML filter
// and tries it in the test box, runs the playground with the filters on, off and blocking, checks
// that a viewer cannot switch the locked filter, reviews a flagged generation; screenshots into
// docs/screenshots/, axe-core and no sideways scrolling on every safety page in dark and on a phone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, axe, Results, repoRoot, settle } from './lib.mjs';

const BASE = (process.env.LLMWORKS_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
const USER = process.env.LLMWORKS_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.LLMWORKS_ADMIN_PASSWORD || '';
const SHOTS = process.env.SCREENSHOT_DIR || join(repoRoot, 'docs', 'screenshots');
const ROUTE = 'safety-echo';
const VIEWER = { username: 'safety-viewer', password: 'viewer-Pass-1234' };

const results = new Results();
mkdirSync(SHOTS, { recursive: true });

async function api(context, path, init = {}) {
  const res = await context.request.fetch(BASE + path, init);
  if (!res.ok()) throw new Error(`${init.method || 'GET'} ${path} → ${res.status()} ${await res.text()}`);
  return res.status() === 204 ? null : res.json();
}

async function login(page, user = USER, password = PASSWORD) {
  await page.goto(BASE + '/login');
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000, waitUntil: 'commit' });
}

/** Checks the page the way ui.test.mjs checks every page: axe, no sideways scroll. */
async function pageChecks(page) {
  const v = await axe(page);
  if (v.length) throw new Error('axe: ' + JSON.stringify(v));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) throw new Error(`page scrolls sideways by ${overflow}px`);
}

/** Clicks the test box's Test button and waits for its answer (and the page to show it). */
async function testBox(page) {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/safety/check') && r.request().method() === 'POST', { timeout: 15000 });
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await answered;
  await page.waitForTimeout(300);
}

const outputText = (page) => page.locator('lw-token-heatmap .text').first().innerText();

async function runPlayground(page, text) {
  await page.getByLabel('text', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Run' }).click();
  // the run is over when the Run button is back and a report (or an error) is there
  await page.waitForFunction(() => !document.querySelector('lw-token-heatmap .caret'), null, { timeout: 60000 });
  await page.locator('lw-safety-report, .output .alert.danger').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(200);
}

const { context, close } = await launch({ width: 1280, height: 900 });
await context.addInitScript(() => localStorage.setItem('llmworks.theme', 'light'));
const page = await context.newPage();
const consoleErrors = [];
page.on('pageerror', (err) => consoleErrors.push(String(err)));
let project = null;
let decisionId = null;
try {
  await results.check('log in and seed a route on the scripted backend', async () => {
    await login(page);
    await api(context, '/api/auth/me/preferences', { method: 'PATCH', data: { theme: 'light' } });
    const me = await api(context, '/api/auth/me');
    project = me.projects[0].id;
    const backends = await api(context, '/api/inference/backends?limit=50');
    if (!backends.items.some((b) => b.name === 'uitest-echo')) throw new Error('the uitest-echo backend is not loaded (see run.sh)');
    const routes = await api(context, `/api/inference/routes?project_id=${project}&limit=200`);
    if (!routes.items.some((r) => r.name === ROUTE)) {
      await api(context, '/api/inference/routes', { method: 'POST', data: { project_id: project, name: ROUTE, model: 'base:llmworks-demo-tiny', backend: 'uitest-echo', params: { max_new_tokens: 200 } } });
    }
    const old = await api(context, `/api/safety/policies?project_id=${project}&limit=200`);
    for (const p of old.items) await api(context, `/api/safety/policies/${p.id}`, { method: 'DELETE' });
    const docs = await api(context, `/api/safety/yaml-filters?project_id=${project}&limit=200`);
    for (const d of docs.items) await api(context, `/api/safety/yaml-filters/${d.id}`, { method: 'DELETE' });
  });

  await results.check('policies page: create a policy with settings, an option and a locked filter', async () => {
    await page.goto(BASE + '/safety');
    await settle(page);
    await page.getByRole('button', { name: 'New policy' }).click();
    const form = page.locator('form[aria-labelledby="editor-title"]');
    await form.getByLabel('Name').fill('default');
    const pii = form.locator('[data-filter="pii"]');
    const offensive = form.locator('[data-filter="offensive"]');
    const length = form.locator('[data-filter="length"]');
    if (!(await pii.getByRole('checkbox', { name: 'pii' }).isChecked())) throw new Error('pii is not proposed for a new policy');
    await offensive.getByLabel('Action of offensive').selectOption('block');
    await pii.getByRole('checkbox', { name: 'lock' }).check();
    await length.getByRole('checkbox', { name: 'length' }).check();
    await length.getByLabel('length option max_input_chars').fill('2000');
    await form.locator('[data-filter="offensive"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'safety-policy-editor-light-desktop.png') });
    await form.getByRole('button', { name: 'Create policy' }).click();
    await page.getByRole('table', { name: 'Safety policies' }).getByText('default').first().waitFor({ timeout: 15000 });
    const [p] = (await api(context, `/api/safety/policies?project_id=${project}`)).items;
    if (!p || p.scope !== 'project') throw new Error('no project policy: ' + JSON.stringify(p));
    if (!p.filters.pii?.locked || p.filters.pii.action !== 'redact') throw new Error('pii: ' + JSON.stringify(p.filters.pii));
    if (p.filters.offensive?.action !== 'block') throw new Error('offensive: ' + JSON.stringify(p.filters.offensive));
    if (p.filters.length?.options?.max_input_chars !== 2000) throw new Error('length: ' + JSON.stringify(p.filters.length));
    // edit: open it again, the lock shows in the list and in the editor
    await page.getByRole('button', { name: 'Edit policy default' }).click();
    if (!(await form.locator('[data-filter="pii"]').getByRole('checkbox', { name: 'lock' }).isChecked())) throw new Error('the editor lost the lock');
    await form.getByLabel('Description').fill('Redact personal data, block abuse');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText('Redact personal data, block abuse').first().waitFor({ timeout: 15000 });
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'safety-policies-light-desktop.png') });
  });

  await results.check('bad policy input shows the server\'s message', async () => {
    await page.getByRole('button', { name: 'New policy' }).click();
    const form = page.locator('form[aria-labelledby="editor-title"]');
    await form.getByLabel('Name').fill('second');
    await form.getByRole('button', { name: 'Create policy' }).click();
    await page.getByText('already has a safety policy').first().waitFor({ timeout: 15000 });   // one project policy
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  await results.check('YAML filter editor: the test box highlights what the unsaved rules flag', async () => {
    await page.goto(BASE + '/safety/filters');
    await settle(page);
    const yaml = 'filters:\n  - name: ticket_ids\n    type: regex\n    pattern: \'TCK-\\d{6}\'\n    action: redact\n    label: "<TICKET>"\n'
      + '  - name: competitors\n    type: keywords\n    keywords: [globex]\n    action: block\n    message: we do not discuss competitors\n';
    await page.getByLabel('Rules (YAML)').fill(yaml);
    await page.getByLabel('Text to test').fill('Ticket TCK-204518: have you tried G\u200Blobex?');   // a zero-width space inside the word
    await testBox(page);
    const marks = page.locator('lw-marked-text mark');
    const marked = (await marks.evaluateAll((ms) => ms.map((m) => m.firstChild?.textContent ?? '')));
    if (!marked.includes('TCK-204518')) throw new Error('marks: ' + marked.join(' | '));
    if (!marked.includes('G\u200Blobex')) throw new Error('the keyword with a zero-width space inside was not marked as one span: ' + JSON.stringify(marked));
    if ((await page.getByTestId('test-action').innerText()) !== 'block') throw new Error('decision is not block');
    await page.getByText('A request with this text is refused').waitFor();
    // redact only: the redacted text with its label
    await page.getByLabel('Text to test').fill('Ticket TCK-204518 is closed.');
    await testBox(page);
    await page.locator('mark.label', { hasText: '<TICKET>' }).waitFor({ timeout: 15000 });
    await page.locator('section[aria-labelledby="test-title"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'safety-filters-light-desktop.png') });
    // a pattern RE2 refuses: a clear message in the test box, nothing saved
    await page.getByLabel('Rules (YAML)').fill("filters:\n  - name: broken\n    type: regex\n    pattern: '(unclosed'\n");
    await testBox(page);
    await page.locator('section[aria-labelledby="test-title"] .alert.danger').waitFor({ timeout: 15000 });
    // save the good rules
    await page.getByLabel('Rules (YAML)').fill(yaml);
    await page.getByLabel('Document name').fill('house-rules');
    await page.getByRole('button', { name: 'Register filters' }).click();
    await page.getByRole('button', { name: /house-rules/ }).waitFor({ timeout: 15000 });
    const docs = await api(context, `/api/safety/yaml-filters?project_id=${project}`);
    if (!docs.items.some((d) => d.name === 'house-rules' && d.filters.includes('ticket_ids'))) throw new Error('not saved: ' + JSON.stringify(docs.items));
  });

  await results.check('playground: the prompt\'s PII is redacted before the model, the answer\'s is highlighted', async () => {
    await page.goto(BASE + '/playground');
    await settle(page);
    await page.getByRole('button', { name: 'Completion' }).click();
    await page.getByLabel('Route 1').selectOption(ROUTE);
    await page.getByRole('group', { name: 'Safety filter pii' }).waitFor();
    await page.locator('lw-safety-toggles').getByText('default').waitFor();   // the policy that applies
    await runPlayground(page, 'My email is rahul_k92@example.in');
    const text = await outputText(page);
    if (text.includes('rahul_k92') || text.includes('priya.sharma')) throw new Error('PII reached the page: ' + text);
    if (!text.includes('My email is <EMAIL>')) throw new Error('the model did not get the redacted prompt: ' + text);
    if (!(await page.locator('lw-token-heatmap .tok.redacted').count())) throw new Error('no redacted token is highlighted');
    await page.locator('lw-safety-report').getByText('EMAIL in the prompt').waitFor();
    await page.locator('lw-safety-report').getByText('EMAIL in the answer').waitFor();
    await page.locator('lw-token-heatmap .tok.redacted').first().hover();
    await page.getByText('changed by a safety filter').first().waitFor();
    await page.locator('lw-safety-report').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'playground-safety-light-desktop.png') });
  });

  await results.check('playground: a maintainer switches the locked filter off for one request', async () => {
    await page.getByRole('group', { name: 'Safety filter pii' }).getByRole('button', { name: 'off' }).click();
    await runPlayground(page, 'hello there');
    const text = await outputText(page);
    if (!text.includes('priya.sharma@example.com')) throw new Error('pii still ran: ' + text);
    if (await page.locator('lw-token-heatmap .tok.redacted').count()) throw new Error('tokens were redacted with pii off');
    await page.getByRole('group', { name: 'Safety filter pii' }).getByRole('button', { name: 'policy' }).click();
  });

  await results.check('playground: a banned word stops the answer before it is sent', async () => {
    await runPlayground(page, 'please be rude');
    const text = await outputText(page);
    if (/fuck|idiot/i.test(text)) throw new Error('the banned word reached the page: ' + text);
    await page.locator('lw-safety-report').getByText('answer stopped').waitFor();
    await page.getByText('finish: content_filter').first().waitFor();
    await page.locator('lw-safety-report').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'playground-safety-blocked-light-desktop.png') });
  });

  await results.check('playground: a blocked prompt shows the rule and where it matched', async () => {
    await runPlayground(page, 'you f.u.c.k.i.n.g idiot');
    await page.locator('.output .alert.danger').getByText(/blocked by the safety filter 'offensive'/).waitFor();
    await page.locator('lw-safety-report').getByText(/PROFANITY in the prompt/).first().waitFor();
  });

  await results.check('a viewer sees the locked filter and cannot switch it', async () => {
    await api(context, '/api/users', { method: 'POST', data: { ...VIEWER, role: 'user' } }).catch(() => null);
    await api(context, `/api/projects/${project}/members`, { method: 'POST', data: { username: VIEWER.username, role: 'viewer' } }).catch(() => null);
    const v = await launch({ width: 1280, height: 900 });
    try {
      const vp = await v.context.newPage();
      await login(vp, VIEWER.username, VIEWER.password);
      await vp.goto(BASE + '/playground');
      await settle(vp);
      await vp.getByRole('button', { name: 'Completion' }).click();
      await vp.getByLabel('Route 1').selectOption(ROUTE);
      const group = vp.getByRole('group', { name: 'Safety filter pii' });
      await group.waitFor();
      if (!(await group.getByRole('button', { name: 'off' }).isDisabled())) throw new Error('a viewer can switch the locked pii filter off');
      if (await vp.getByRole('group', { name: 'Safety filter offensive' }).getByRole('button', { name: 'off' }).isDisabled()) throw new Error('an unlocked filter is disabled');
      await vp.locator('lw-safety-toggles').getByText('locked').first().waitFor();
      // the policies page is read-only for a viewer
      await vp.goto(BASE + '/safety');
      await settle(vp);
      if (await vp.getByRole('button', { name: 'New policy' }).count()) throw new Error('a viewer is offered "New policy"');
      await vp.getByRole('button', { name: 'Edit policy default' }).click();
      await vp.getByText('read only: maintainers edit policies').waitFor();
      if (!(await vp.locator('form[aria-labelledby="editor-title"]').getByLabel('Description').isDisabled())) throw new Error('the editor is editable');
    } finally {
      await v.close();
    }
  });

  await results.check('review log: filter by filter, direction and route, open a decision, mark it reviewed', async () => {
    await page.goto(BASE + '/safety/review');
    await settle(page);
    await page.getByLabel('Filter', { exact: true }).selectOption('pii');
    await page.getByLabel('Direction').selectOption('output');
    await page.getByLabel('Route').selectOption(ROUTE);
    await page.waitForURL(/found_by=pii.*stage=output.*route=/);
    await settle(page);
    const table = page.getByRole('table', { name: 'Safety decisions' });
    await table.getByText('EMAIL in the answer').first().waitFor({ timeout: 15000 });
    if (await table.getByText('PROFANITY in the prompt').count()) throw new Error('the direction filter let a prompt-only decision through');
    await page.screenshot({ path: join(SHOTS, 'safety-review-light-desktop.png') });
    await table.getByRole('row').filter({ hasText: 'EMAIL in the answer' }).first().getByRole('link').click();
    await page.waitForURL(/\/safety\/review\/\d+$/);
    decisionId = Number(page.url().split('/').pop());
    await page.getByRole('heading', { name: 'Answer (output)' }).waitFor();
    await page.locator('mark.label', { hasText: '<EMAIL>' }).first().waitFor();
    await page.getByLabel('Note').fill('true positive: a real address');
    await page.getByRole('button', { name: 'Mark reviewed', exact: true }).click();
    await page.getByText(/Reviewed .*true positive: a real address/).waitFor({ timeout: 15000 });
    const d = await api(context, `/api/safety/decisions/${decisionId}`);
    if (!d.reviewed || d.review_note !== 'true positive: a real address') throw new Error('not stored: ' + JSON.stringify(d));
    await page.screenshot({ path: join(SHOTS, 'safety-decision-light-desktop.png') });
    // it left the "to review" list and is in the "reviewed" one
    await page.goto(BASE + `/safety/review?found_by=pii&stage=output`);
    await settle(page);
    if (await page.locator(`a[href="/safety/review/${decisionId}"]`).count()) throw new Error('a reviewed decision is still listed to review');
    await page.getByLabel('Review', { exact: true }).selectOption('reviewed');
    await page.locator(`a[href="/safety/review/${decisionId}"]`).waitFor({ timeout: 15000 });
  });

  if (consoleErrors.length) results.fail('no page errors', consoleErrors.join(' | '));
} finally {
  await close();
}

// Every safety page in the dark theme and on a phone: screenshots, axe, no sideways scrolling.
for (const [theme, vpName, viewport] of [['dark', 'desktop', { width: 1280, height: 800 }], ['light', 'mobile', { width: 390, height: 844 }]]) {
  const v = await launch(viewport);
  await v.context.addInitScript((t) => localStorage.setItem('llmworks.theme', t), theme);
  const p = await v.context.newPage();
  try {
    await login(p);
    await api(v.context, '/api/auth/me/preferences', { method: 'PATCH', data: { theme } });
    const pages = [['/safety/filters', 'safety-filters'], ['/safety/review?status=all', 'safety-review'], ['/playground', 'playground-toggles']];
    if (decisionId) pages.push([`/safety/review/${decisionId}`, 'safety-decision']);
    for (const [path, name] of pages) {
      await results.check(`[${theme}-${vpName}] ${path}`, async () => {
        await p.goto(BASE + path);
        await settle(p);
        if (path === '/playground') await p.getByRole('group', { name: 'Safety filter pii' }).waitFor();
        await p.screenshot({ path: join(SHOTS, `${name}-${theme}-${vpName}.png`) });
        await pageChecks(p);
      });
    }
  } finally {
    await v.close();
  }
}

// Leave the server as found for other tests: the scripted route would be the playground's first choice.
{
  const v = await launch({ width: 1280, height: 800 });
  try {
    const p = await v.context.newPage();
    await login(p);
    const routes = await api(v.context, `/api/inference/routes?project_id=${project}&limit=200`);
    for (const r of routes.items.filter((x) => x.name === ROUTE)) await api(v.context, `/api/inference/routes/${r.id}`, { method: 'DELETE' });
  } catch (err) {
    console.log(`  (cleanup: ${err.message})`);
  } finally {
    await v.close();
  }
}

process.exit(results.summary() ? 0 : 1);
