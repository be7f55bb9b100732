#!/usr/bin/env node
// Speed in Chromium (headless, /usr/bin/chromium through playwright-core).
//
//   node tools/bench/chromium-bench.mjs [--pkg /bench-out/pkg] [--runs 5] [--json OUT.json]
//
// 1. Cold start: from navigation to the first annotated result, in a fresh
//    browser profile each run (nothing cached). Measured on the real page
//    (dist/site/index.html, which sets document.body.dataset.annotated when
//    its first result is shown) when it has been built, and always on the
//    minimal harness (tools/bench/harness.html: load the WASM, annotate the
//    sample article, set the same signal).
// 2. In the page: annotating a 1 MB text, and the sample article repeated
//    1×, 10× and 100× (median of 3 calls each, after one warm-up call).
// The pages are served by a small static server started here (correct MIME
// type for .wasm). Timings only; nothing is asserted.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { startServer } from '../serve.mjs';
import { launchChromium } from '../chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'tools/peers/package.json'));
const { chromium } = require('playwright-core');

/** Serves `dir` with the project's static server; resolves to {url, close}. */
async function serve(dir) {
  const server = await startServer({ root: dir });
  return { url: server.url.replace(/\/$/, ''), close: server.close };
}

function parseArgs(argv) {
  const args = {
    pkg: fs.existsSync(path.join(root, 'dist/pkg/article_annotator_bg.wasm')) ? '/dist/pkg' : '/bench-out/pkg',
    runs: 5,
    json: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pkg') args.pkg = argv[++i];
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--json') args.json = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const launch = () => launchChromium(chromium);

/** Navigation → document.body.dataset.annotated, in a fresh profile; ms. */
async function coldStart(url) {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const loaded = new Set();
    page.on('requestfinished', (request) => {
      const u = new URL(request.url());
      if (u.origin === new URL(url).origin) loaded.add(decodeURIComponent(u.pathname));
    });
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body && document.body.dataset.annotated !== undefined, null, {
      timeout: 60000,
      polling: 'raf',
    });
    const wall = performance.now() - t0;
    // The page's own clock: from its navigation start (for the harness).
    const inPage = await page.evaluate(() => Number(document.body.dataset.readyMs) || null);
    const annotations = await page.evaluate(() => document.body.dataset.annotated);
    // Files fetched after the signal (lazy data) count as loaded too.
    await page.waitForLoadState('networkidle').catch(() => {});
    return { wall, inPage, annotations, loaded: [...loaded] };
  } finally {
    await browser.close();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const server = await serve(root);
  const report = { chromium: null, pkg: args.pkg, runs: args.runs, cold: {}, inPage: {}, sizes: null };
  try {
    const harness = `${server.url}/tools/bench/harness.html?pkg=${encodeURIComponent(args.pkg)}`;
    const targets = { harness };
    let site = null;
    if (fs.existsSync(path.join(root, 'dist/site/index.html'))) {
      site = await serve(path.join(root, 'dist/site'));
      targets.page = `${site.url}/`;
    }
    for (const [name, url] of Object.entries(targets)) {
      const runs = [];
      for (let i = 0; i < args.runs; i++) runs.push(await coldStart(url));
      report.cold[name] = {
        url: name === 'page' ? 'dist/site/index.html' : 'tools/bench/harness.html',
        medianMs: median(runs.map((r) => r.wall)),
        maxMs: Math.max(...runs.map((r) => r.wall)),
        inPageMedianMs: runs[0].inPage === null ? null : median(runs.map((r) => r.inPage)),
        annotations: runs[0].annotations,
      };
      console.error(`cold start ${name}: ${report.cold[name].medianMs.toFixed(0)} ms (median of ${args.runs})`);
      // Sizes: of the real page when built, else of the harness.
      const dir = name === 'page' ? path.join(root, 'dist/site') : root;
      report.sizes = sizeReport(name, dir, runs[0].loaded);
    }
    if (site) site.close();

    const browser = await launch();
    try {
      report.chromium = browser.context.browser()?.version() ?? null;
      const page = browser.context.pages()[0] || (await browser.context.newPage());
      await page.goto(harness);
      await page.waitForFunction(() => document.body.dataset.annotated !== undefined, null, { timeout: 60000 });
      if (!report.chromium) report.chromium = await page.evaluate(() => navigator.userAgent.match(/Chrom(e|ium)\/([\d.]+)/)?.[2] ?? null);
      const sizes = { '1×': 1, '10×': 10, '100×': 100, '1 MB': 'MB' };
      for (const [label, times] of Object.entries(sizes)) {
        const result = await page.evaluate(async (times) => {
          const sample = await fetch('/www/sample-article.txt').then((r) => r.text());
          const text = times === 'MB' ? sample.repeat(Math.ceil(1048576 / sample.length)).slice(0, 1048576) : sample.repeat(times);
          window.annotate(text); // warm-up
          const ms = [];
          let count = 0;
          for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            count = window.annotate(text).annotations.length;
            ms.push(performance.now() - t0);
          }
          ms.sort((a, b) => a - b);
          return { chars: text.length, ms: ms[1], annotations: count };
        }, times);
        report.inPage[label] = result;
        console.error(`in page ${label}: ${result.chars} chars in ${result.ms.toFixed(1)} ms`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  console.log(markdown(report));
}

/** Raw and gzip (level 9) size of each file the page loaded, and the total. */
function sizeReport(name, dir, pathnames) {
  const files = [];
  for (const pathname of pathnames.sort()) {
    let file = path.join(dir, pathname);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    files.push({ file: path.relative(root, file), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
  }
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { page: name, files, total };
}

const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

export function markdown(report) {
  let out = `Chromium ${report.chromium ?? '?'} (headless), WASM from \`${report.pkg}\`; cold start = navigation to the first annotated result (\`document.body.dataset.annotated\` set), fresh profile each run, median of ${report.runs}.\n\n`;
  out += '| cold start | median (ms) | slowest (ms) | in-page clock, median (ms) | annotations |\n| --- | ---: | ---: | ---: | ---: |\n';
  for (const [name, c] of Object.entries(report.cold)) {
    out += `| ${name} (\`${c.url}\`) | ${fmt(c.medianMs)} | ${fmt(c.maxMs)} | ${c.inPageMedianMs === null ? '—' : fmt(c.inPageMedianMs)} | ${c.annotations} |\n`;
  }
  out += '\n| annotate in the page | characters | ms (median of 3) | characters/s | annotations |\n| --- | ---: | ---: | ---: | ---: |\n';
  for (const [label, r] of Object.entries(report.inPage)) {
    out += `| ${label} | ${r.chars.toLocaleString('en')} | ${fmt(r.ms, 1)} | ${Math.round(r.chars / (r.ms / 1000)).toLocaleString('en')} | ${r.annotations} |\n`;
  }
  if (report.sizes) {
    const kb = (n) => (n / 1024).toFixed(1);
    out += `\nEvery file the ${report.sizes.page === 'page' ? 'page (`dist/site/`)' : 'harness page (the real page was not built)'} loads (gzip: level 9):\n\n| file | raw (KiB) | gzip (KiB) |\n| --- | ---: | ---: |\n`;
    for (const f of report.sizes.files) out += `| \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gzip)} |\n`;
    out += `| **total** | **${kb(report.sizes.total.raw)}** | **${kb(report.sizes.total.gzip)}** |\n`;
  }
  return out;
}

main().catch((error) => {
  console.error(`chromium-bench: ${error.stack || error.message}`);
  process.exit(2);
});
