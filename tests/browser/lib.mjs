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
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
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
