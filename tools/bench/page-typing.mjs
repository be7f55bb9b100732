#!/usr/bin/env node
// Timings the browser tests no longer assert (issue 18): they flake on a
// loaded machine, so they are measured here, as medians, and nothing fails.
//
//   node tools/bench/page-typing.mjs [--runs 3]      (after tools/build.sh)
//
// 1. The page with a 1 MB article (the sample repeated): how late each key
//    is handled while the engine works in its worker and while the result is
//    drawn, against the same keys with the page idle (what Chromium's own
//    editing of a 1 MB text box costs), and the longest main-thread task.
// 2. The widget (dist/article-annotator.js, the single file): from adding its
//    module script to the first "annotated" event, in place over the sample.
// Prints a Markdown table; --json OUT also writes the numbers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { launchChromium } from '../chromium.mjs';
import { hostPage } from '../../tests/browser/embed-host.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = fs.readFileSync(path.join(root, 'www/sample-article.txt'), 'utf8');
const args = { runs: 3, json: null };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--runs') args.runs = Number(process.argv[++i]);
  else if (process.argv[i] === '--json') args.json = path.resolve(process.argv[++i]);
  else throw new Error(`unknown argument ${process.argv[i]}`);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

async function typingRun(url) {
  const browser = await launchChromium(chromium, { viewport: { width: 1280, height: 900 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60000 });
    let big = '';
    while (big.length < 1_000_000) big += SAMPLE + '\n\n';
    await page.focus('#input');
    await page.evaluate((big) => {
      const input = document.getElementById('input');
      window.__lags = [];
      window.__tasks = [];
      input.addEventListener('keydown', (e) => window.__lags.push(performance.now() - e.timeStamp));
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push(e.duration); }).observe({ type: 'longtask' });
      input.select();
      input.setRangeText(big, 0, input.value.length, 'end');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    await page.waitForTimeout(200);
    for (const key of 'End') { await page.keyboard.type(key); await page.waitForTimeout(400); }
    await page.waitForFunction(() => document.body.dataset.state === 'drawing', null, { timeout: 180000, polling: 'raf' });
    for (const key of '..') { await page.keyboard.type(key); await page.waitForTimeout(300); }
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 180000, polling: 200 });
    const working = await page.evaluate(() => window.__lags.splice(0));
    const longest = await page.evaluate(() => Math.max(0, ...window.__tasks));
    for (const key of '!!!') { await page.keyboard.type(key); await page.waitForTimeout(400); }
    const idle = await page.evaluate(() => window.__lags.splice(0));
    return { working: median(working), idle: median(idle), worst: Math.max(...working), longest };
  } finally {
    await browser.close();
  }
}

async function widgetRun(base) {
  const browser = await launchChromium(chromium, { viewport: { width: 1280, height: 900 } });
  try {
    const page = await browser.context.newPage();
    const url = `${base}__host/bench.html`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage({ widget: '<article-annotator for="#post-body" reference-date="2021-07-06"></article-annotator>' }) }));
    await page.goto(url);
    return await page.evaluate((src) => new Promise((resolve, reject) => {
      const t0 = performance.now();
      document.addEventListener('annotated', () => resolve(performance.now() - t0), { once: true });
      document.addEventListener('annotator-error', (e) => reject(new Error(String(e.detail))), { once: true });
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    }), `${base}dist/article-annotator.js`);
  } finally {
    await browser.close();
  }
}

const site = await startServer({ root: path.join(root, 'dist/site') });
const all = await startServer({ root });
try {
  const typing = [];
  const widget = [];
  for (let n = 0; n < args.runs; n++) {
    typing.push(await typingRun(site.url));
    widget.push(await widgetRun(all.url));
  }
  const out = {
    runs: args.runs,
    keyLagWorkingMs: median(typing.map((r) => r.working)),
    keyLagIdleMs: median(typing.map((r) => r.idle)),
    keyLagWorstMs: median(typing.map((r) => r.worst)),
    longestTaskMs: median(typing.map((r) => r.longest)),
    widgetFirstResultMs: median(widget),
  };
  const r = (x) => Math.round(x);
  console.log(`| 1 MB in the page (median of ${args.runs} runs) | ms |
| --- | ---: |
| key handled after pressing, while annotating and drawing (median key) | ${r(out.keyLagWorkingMs)} |
| the same keys with the page idle | ${r(out.keyLagIdleMs)} |
| slowest key while working | ${r(out.keyLagWorstMs)} |
| longest main-thread task | ${r(out.longestTaskMs)} |
| widget: module script added → first "annotated" (sample, in place) | ${r(out.widgetFirstResultMs)} |`);
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(out, null, 2) + '\n');
} finally {
  await site.close();
  await all.close();
}
