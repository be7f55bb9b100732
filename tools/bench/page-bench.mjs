#!/usr/bin/env node
// Delivery benchmark (issue 15): what a reader and a host site pay for the
// page and the widget, measured in one browser run.
//
//   node tools/bench/page-bench.mjs [--runs 5] [--json OUT.json] [--site DIR]   (after tools/build.sh)
//
// --site serves another build of the site (default dist/site), e.g. an older
// commit's, to compare builds on the same machine in the same hour.
//
// 1. Time to first result: navigation → <body data-annotated> on the page
//    (dist/site/index.html), against navigation → load event of a blank page
//    from the same server, interleaved, each run in a fresh browser context
//    (empty cache), median of --runs. Both on the page's own clock
//    (performance.now() from navigation start) and on this script's clock.
// 2. Bytes: every file the page loads, before its first result and in all
//    (after opening the Places tab, which may load the map), raw and gzip
//    (level 9); and every file the widget (dist/site/embed/article-annotator.js,
//    <article-annotator for> in place on a host page) loads.
// 3. The widget's longest main-thread task (Chromium trace, RunTask events on
//    the renderer's main thread), on a host page with the sample article and
//    with a 200 KB article, next to the same host page without the widget.
//
// It prints numbers and ratios; it asserts nothing about wall-clock time.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let site = path.join(root, 'dist/site');

function parseArgs(argv) {
  const args = { runs: 5, json: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--json') args.json = path.resolve(argv[++i]);
    else if (argv[i] === '--site') site = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(args.runs >= 1)) throw new Error('--runs must be a positive number');
  return args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ------------------------------------------------------------ host pages

const SAMPLE = fs.readFileSync(path.join(root, 'www/sample-article.txt'), 'utf8');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as HTML paragraphs, repeated up to about `bytes` of text. */
function articleHtml(bytes) {
  const paragraphs = SAMPLE.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out = [];
  let size = 0;
  do {
    for (const p of paragraphs) {
      out.push(`<p>${escapeHtml(p)}</p>`);
      size += p.length + 2;
    }
  } while (size < bytes);
  return { html: out.join('\n'), chars: size };
}

/** A news page hosting the widget in place (or not, for the baseline). */
function hostPage({ bytes, widget }) {
  const { html } = articleHtml(bytes);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<meta property="article:published_time" content="2021-07-06T09:00:00Z">
<style>body { font: 18px/1.6 Georgia, serif; max-width: 40em; margin: 2em auto; }</style>
${widget ? '<script type="module" src="/embed/article-annotator.js"></script>' : ''}
<script type="module" src="/__bench/signal.js"></script>
</head><body>
<h1>China accuses the United States</h1>
${widget ? '<article-annotator for="#post-body"></article-annotator>' : ''}
<article id="post-body">
${html}
</article>
</body></html>`;
}

// Sets body[data-annotated] when the widget fires "annotated", with the time.
const SIGNAL_JS = `document.addEventListener('annotated', (e) => {
  document.body.dataset.annotatedMs = String(performance.now());
  document.body.dataset.annotated = String(e.detail.annotations.length);
});
document.addEventListener('annotator-error', (e) => { document.body.dataset.error = String(e.detail && e.detail.message || e.detail); });
`;

const VIRTUAL = {
  '/__bench/blank.html': () => '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blank</title></head><body></body></html>',
  '/__bench/signal.js': () => SIGNAL_JS,
  '/__bench/host-sample.html': () => hostPage({ bytes: 0, widget: true }),
  '/__bench/host-sample-bare.html': () => hostPage({ bytes: 0, widget: false }),
  '/__bench/host-200k.html': () => hostPage({ bytes: 200000, widget: true }),
  '/__bench/host-200k-bare.html': () => hostPage({ bytes: 200000, widget: false }),
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

/** One server for the blank page, the host pages and dist/site. */
function serve() {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = (file) => ({ 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    if (VIRTUAL[pathname]) {
      res.writeHead(200, headers(pathname)).end(VIRTUAL[pathname]());
      return;
    }
    let file = path.normalize(path.join(site, pathname));
    if (!file.startsWith(site)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) res.writeHead(404).end('not found');
      else res.writeHead(200, headers(file)).end(body);
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

// ------------------------------------------------------------ measuring

/** Records the same-origin files a page requests, with when (relative to a mark) each started. */
function recordRequests(page, origin) {
  const requests = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin) requests.push({ path: u.pathname, at: performance.now() });
  });
  return requests;
}

/** The page: navigation → body[data-annotated], in a fresh context. */
async function pageRun(browser, url, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const requests = recordRequests(page, origin);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body && document.body.dataset.annotated !== undefined) {
          window.__annotatedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-annotated'] });
    });
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__annotatedAt !== undefined, null, { timeout: 60000, polling: 10 });
    const wall = performance.now() - t0;
    const signalAt = performance.now();
    const inPage = await page.evaluate(() => window.__annotatedAt);
    // Before the first result: what the page's own clock says started before
    // it (the worker's fetches, the .wasm among them, are not in the page's
    // timeline: they count when requested before the signal was seen).
    const late = new Set(await page.evaluate((at) => performance.getEntriesByType('resource')
      .filter((e) => e.startTime > at).map((e) => new URL(e.name).pathname), inPage));
    const first = new Set(requests.filter((r) => r.at <= signalAt && !late.has(r.path)).map((r) => r.path));
    await page.waitForLoadState('networkidle').catch(() => {});
    // Everything the page loads in all: open every tab, the map's among them.
    for (const tab of ['quotes', 'dates', 'places', 'people']) {
      await page.click(`#tab-${tab}`).catch(() => {});
    }
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(200);
    const annotations = await page.evaluate(() => Number(document.body.dataset.annotated));
    // The engine's own time for this first call, as the page reports it ("82 annotations in 123 ms").
    const engineMs = await page.evaluate(() => Number((/in ([\d.]+) ms/.exec(document.getElementById('status')?.textContent || '') || [])[1]));
    return { wall, inPage, annotations, engineMs, first: [...first], all: [...new Set(requests.map((r) => r.path))] };
  } finally {
    await context.close();
  }
}

/** The blank page: navigation → load event, in a fresh context. */
async function blankRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    const wall = performance.now() - t0;
    const inPage = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    return { wall, inPage };
  } finally {
    await context.close();
  }
}

/**
 * A host page, traced: the longest main-thread task (ms), the time to the
 * widget's "annotated" event (when there is a widget), and the files loaded.
 */
async function hostRun(browser, url, origin, { widget }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const requests = recordRequests(page, origin);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    let annotatedMs = null;
    let annotations = null;
    if (widget) {
      await page.waitForFunction(() => document.body.dataset.annotated !== undefined || document.body.dataset.error !== undefined, null, { timeout: 120000, polling: 20 });
      const error = await page.evaluate(() => document.body.dataset.error);
      if (error) throw new Error(`the widget failed on ${url}: ${error}`);
      annotatedMs = await page.evaluate(() => Number(document.body.dataset.annotatedMs));
      annotations = await page.evaluate(() => Number(document.body.dataset.annotated));
    }
    // Let the widget finish whatever it does after the event (drawing in slices).
    await page.waitForTimeout(1500);
    const wall = performance.now() - t0;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return { longestTaskMs: longestMainThreadTask(trace), annotatedMs, annotations, wall, files: [...new Set(requests.map((r) => r.path))] };
  } finally {
    await context.close();
  }
}

/** The longest RunTask on a renderer's main thread in a Chromium trace, in ms. */
function longestMainThreadTask(trace) {
  const events = trace.traceEvents || trace;
  const mainThreads = new Set();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
  }
  let longest = 0;
  for (const e of events) {
    if (e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mainThreads.has(`${e.pid}:${e.tid}`)) {
      longest = Math.max(longest, (e.dur || 0) / 1000);
    }
  }
  return longest;
}

/** Raw and gzip (level 9) size of the files at `paths` (server paths into dist/site). */
function sizes(paths) {
  const files = [];
  for (const p of [...paths].sort()) {
    if (p.startsWith('/__bench/')) continue;
    let file = path.join(site, p);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    files.push({ file: path.relative(site, file), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
  }
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, total };
}

// ------------------------------------------------------------ report

const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '—');
const kib = (n) => (n / 1024).toFixed(1);

function markdown(r) {
  let out = `Measured by \`tools/bench/page-bench.mjs\`${r.site === 'dist/site' ? '' : ` on \`${r.site}\``} (${r.date}, Chromium ${r.chromium}, headless, ${r.cores} cores); every run in a fresh browser context (empty cache), median of ${r.runs}, blank and page runs interleaved.\n\n`;
  out += '| first result | median, page clock (ms) | median, script clock (ms) | after the blank page (ms) | ratio to blank |\n| --- | ---: | ---: | ---: | ---: |\n';
  out += `| blank page (navigation → load) | ${ms(r.blank.inPage)} | ${ms(r.blank.wall)} | — | 1.0 |\n`;
  out += `| page (navigation → \`body[data-annotated]\`, ${r.page.annotations} highlights) | ${ms(r.page.inPage)} | ${ms(r.page.wall)} | ${ms(r.page.inPage - r.blank.inPage)} | ${(r.page.inPage / r.blank.inPage).toFixed(1)} |\n`;
  out += `\nOf the page's time, the engine's first \`annotate()\` call itself (the worker's clock, as the page's status reports it) took ${ms(r.page.engineMs)} ms (median): the rest is loading the page, starting the worker, fetching and compiling the \`.wasm\`, and drawing.\n`;
  out += '\n| widget in place (`embed/article-annotator.js`) | article | to `annotated` (ms) | longest main-thread task (ms) | same host without the widget (ms) |\n| --- | ---: | ---: | ---: | ---: |\n';
  for (const w of r.widget) {
    out += `| ${w.name} | ${w.chars.toLocaleString('en')} chars | ${ms(w.annotatedMs)} | ${ms(w.longestTaskMs)} | ${ms(w.bareLongestTaskMs)} |\n`;
  }
  const table = (title, s) => {
    let t = `\n${title}\n\n| file | raw (KiB) | gzip (KiB) |\n| --- | ---: | ---: |\n`;
    for (const f of s.files) t += `| \`${f.file}\` | ${kib(f.raw)} | ${kib(f.gzip)} |\n`;
    return t + `| **total** | **${kib(s.total.raw)}** | **${kib(s.total.gzip)}** |\n`;
  };
  out += table('Files the page loads before its first result (gzip: level 9):', r.bytes.pageFirst);
  out += table('Files the page loads in all (every tab opened):', r.bytes.pageAll);
  out += table('Files the widget loads (in place, sample article; the host page left out):', r.bytes.widget);
  return out;
}

// ------------------------------------------------------------ main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(site, 'index.html'))) throw new Error(`${site} is missing: run tools/build.sh`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run tools/setup.sh --browser`);
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const origin = server.url;
  try {
    // One warm-up of each, unmeasured: the OS file cache and the browser's first start.
    await blankRun(browser, `${origin}/__bench/blank.html`);
    await pageRun(browser, `${origin}/`, origin);
    const blanks = [];
    const pages = [];
    for (let i = 0; i < args.runs; i++) {
      blanks.push(await blankRun(browser, `${origin}/__bench/blank.html`));
      pages.push(await pageRun(browser, `${origin}/`, origin));
      console.error(`run ${i + 1}: blank ${ms(blanks[i].inPage)} ms, page ${ms(pages[i].inPage)} ms`);
    }
    const widget = [];
    for (const [name, page, bare, chars] of [
      ['sample article', 'host-sample', 'host-sample-bare', articleHtml(0).chars],
      ['200 KB article', 'host-200k', 'host-200k-bare', articleHtml(200000).chars],
    ]) {
      const runs = [];
      const bareRuns = [];
      for (let i = 0; i < Math.min(args.runs, 3); i++) {
        bareRuns.push(await hostRun(browser, `${origin}/__bench/${bare}.html`, origin, { widget: false }));
        runs.push(await hostRun(browser, `${origin}/__bench/${page}.html`, origin, { widget: true }));
      }
      widget.push({
        name,
        chars,
        annotations: runs[0].annotations,
        annotatedMs: median(runs.map((x) => x.annotatedMs)),
        longestTaskMs: median(runs.map((x) => x.longestTaskMs)),
        bareLongestTaskMs: median(bareRuns.map((x) => x.longestTaskMs)),
        files: runs[0].files,
      });
      console.error(`widget, ${name}: annotated at ${ms(widget.at(-1).annotatedMs)} ms, longest task ${ms(widget.at(-1).longestTaskMs)} ms (host alone ${ms(widget.at(-1).bareLongestTaskMs)} ms)`);
    }
    const report = {
      site: path.relative(root, site) || site,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      chromium: browser.version(),
      cores: (await import('node:os')).cpus().length,
      runs: args.runs,
      blank: { inPage: median(blanks.map((b) => b.inPage)), wall: median(blanks.map((b) => b.wall)) },
      page: { inPage: median(pages.map((p) => p.inPage)), wall: median(pages.map((p) => p.wall)), engineMs: median(pages.map((p) => p.engineMs)), annotations: pages[0].annotations },
      widget: widget.map(({ files, ...w }) => w),
      bytes: { pageFirst: sizes(pages[0].first), pageAll: sizes(pages[0].all), widget: sizes(widget[0].files) },
    };
    if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
    console.log(markdown(report));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(`page-bench: ${error.stack || error.message}`);
  process.exit(2);
});
