// Writes docs/screenshots/README.md, the gallery of the screenshots the browser tests take
// (run.sh calls it after the tests): one row per page, light and dark, desktop and mobile.
// Usage: node gallery.mjs [folder]   (default: docs/screenshots)
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib.mjs';

const dir = process.argv[2] || process.env.SCREENSHOT_DIR || join(repoRoot, 'docs', 'screenshots');
const VARIANTS = ['light-desktop', 'dark-desktop', 'light-mobile', 'dark-mobile'];
const pages = new Map();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.png')).sort()) {
  const m = file.match(/^(.*)-(light|dark)-(desktop|mobile)\.png$/);
  const page = m ? m[1] : file.replace(/\.png$/, '');
  const variant = m ? `${m[2]}-${m[3]}` : 'other';
  if (!pages.has(page)) pages.set(page, {});
  pages.get(page)[variant] = file;
}

const title = (page) => page.replace(/-(\d+)$/, ' (detail)').replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const cell = (file) => (file ? `[![${file}](${file})](${file})` : '');
const lines = [
  '# Screenshots',
  '',
  'Taken by the browser tests (`tests/browser/run.sh`) against a real server with seeded data:',
  'every page in the light and dark theme, 1280×800 and 390 px wide. This page is regenerated',
  'with them (`tests/browser/gallery.mjs`); a detail page is named after the list it belongs to.',
  '',
  `| page | ${VARIANTS.join(' | ')} |`,
  `|---|${VARIANTS.map(() => '---').join('|')}|`,
];
for (const [page, files] of pages) {
  const other = files.other ? ` ${cell(files.other)}` : '';
  lines.push(`| ${title(page)}${other} | ${VARIANTS.map((v) => cell(files[v])).join(' | ')} |`);
}
writeFileSync(join(dir, 'README.md'), lines.join('\n') + '\n');
console.log(`gallery: ${pages.size} pages in ${join(dir, 'README.md')}`);
