// Opens a psr report.html (file://, no network) in headless system Chromium and checks that the plots render, the
// step-tree viewer lists the searched questions, and a click on an expansion shows its judge verdicts.
// PSR_REPORT: path to report.html (required). CHROMIUM: browser binary (default /usr/bin/chromium).
// PSR_SCREENSHOT: where to save the screenshot (default ../../artifacts/report.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const report = process.env.PSR_REPORT;
const screenshot = process.env.PSR_SCREENSHOT ?? path.resolve(here, '../../artifacts/report.png');

// Opens FILE (file://) in a fresh headless profile, runs CHECK on the page, then asserts no script errors and no network.
async function withOfflinePage(file, check) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'psr-chromium-'));
  // A fresh profile per run (Playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 1600 },
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on('pageerror', e => errors.push(e.message));
    page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    await check(page);
    assert.deepEqual(errors, [], 'no script errors');
    assert.deepEqual(requests, [], 'no network requests');
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// The plot container ID holds an inline SVG with a real size and drawn content.
async function assertDrawn(page, id) {
  const svg = page.locator(`#${id} svg`);
  await svg.waitFor();
  const box = await svg.boundingBox();
  assert.ok(box && box.width > 100 && box.height > 100, `${id} is drawn with a size (${JSON.stringify(box)})`);
  assert.ok(await svg.locator('path, line, rect, text').count() > 5, `${id} has drawn elements`);
}

test('the report renders offline and the viewer shows the judge verdicts of a clicked step', async () => {
  assert.ok(report && fs.existsSync(report), `PSR_REPORT must name an existing report.html (got ${report})`);
  await withOfflinePage(report, async page => {
    // Plots: four inline SVGs, each with drawn content and a real size.
    for (const id of ['plot-accuracy', 'plot-dpo-loss', 'plot-dpo-margin', 'plot-pairs'])
      await assertDrawn(page, id);

    // Viewer: the question list matches the embedded traces.
    const embedded = await page.evaluate(() => JSON.parse(document.getElementById('psr-traces').textContent).length);
    assert.ok(embedded > 0, 'the report embeds searched questions');
    assert.equal(await page.locator('#question-list li').count(), embedded);
    assert.equal(await page.locator('#question-count').textContent(), String(embedded));

    // Pick the first question with a judged comparison, then click that expansion.
    const target = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('psr-traces').textContent);
      for (let q = 0; q < data.length; q++)
        for (const e of data[q].expansions)
          if (e.comparisons.length > 0) return { q, e: e.index, n: e.comparisons.length, verdicts: e.comparisons.map(c => c.verdict) };
      return null;
    });
    assert.ok(target, 'some expansion has judge comparisons');
    await page.locator(`#question-list li[data-question="${target.q}"]`).click();
    assert.ok(await page.locator('#question-detail .expansion').count() > 0, 'the question shows its expansions');
    await page.locator(`#question-detail .expansion[data-expansion="${target.e}"]`).click();
    const rows = page.locator('#verdict-table .verdict-row');
    assert.equal(await rows.count(), target.n);
    assert.deepEqual(await page.locator('#verdict-table .verdict').allTextContents(), target.verdicts);
    assert.match(await page.locator('#question-detail .expansion.selected').getAttribute('data-expansion'), new RegExp(`^${target.e}$`));

    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.locator(`#question-detail .expansion[data-expansion="${target.e}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot, fullPage: true });
  });
});

// PSR_COMPARISON (optional): the root report.html of a multi-method, multi-seed run (psr run --methods … --seeds …).
test('the comparison report renders offline with a drawn plot per metric and both methods', { skip: !process.env.PSR_COMPARISON }, async () => {
  const comparison = process.env.PSR_COMPARISON;
  assert.ok(fs.existsSync(comparison), `PSR_COMPARISON must name an existing report.html (got ${comparison})`);
  await withOfflinePage(comparison, async page => {
    for (const id of ['plot-comparison', 'plot-comparison-judge', 'plot-comparison-tts', 'plot-comparison-pairs', 'plot-comparison-clean'])
      await assertDrawn(page, id);
    const methods = await page.locator('#comparison tr td:first-child').allTextContents();
    assert.ok(methods.includes('ProcessSelfRewarding') && methods.includes('OutcomeSelfRewarding'), `both methods are compared (${methods})`);
    const shot = path.join(path.dirname(screenshot), 'comparison.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
  });
});
