// The widget as a good guest (issue 15): in place it paints with the CSS
// Custom Highlight API and leaves the host article's DOM alone; the engine
// runs in a Worker; nothing loads before the element is needed; tooltips and
// keyboard navigation work over the highlighted ranges and reach Chromium's
// accessibility tree; the <mark> fallback works with the API switched off;
// a Content-Security-Policy without 'wasm-unsafe-eval' is reported; axe-core
// finds nothing with a highlight focused, and docs/screenshot-widget.png is
// taken here (UPDATE_SCREENSHOTS=1).
//
// Needs the build (tools/build.sh): dist/article-annotator.js and its
// worker and .wasm beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from './harness.mjs';
import { hostPage, serveHtml } from './embed-host.mjs';
import { AXE_PATH } from './page-helpers.mjs';

let env;
before(async () => {
  assert.ok(existsSync('dist/article-annotator.worker.js'), 'dist/article-annotator.worker.js is missing: run tools/build.sh');
  env = await openBrowser({ root: '.' });
});
after(async () => env && (await env.close()));

const MODULE = () => `${env.url}dist/article-annotator.js`;
const WIDGET = '<article-annotator for="#post-body" reference-date="2021-07-06"></article-annotator>';

/** A host page at a made-up path, with the widget's script tag; resolves once the page has loaded. */
async function openHost({ widget = WIDGET, before = '', init = null, headers = null } = {}) {
  const page = await env.newPage();
  page.requested = [];
  page.on('request', (r) => page.requested.push(new URL(r.url()).pathname));
  if (init) await page.addInitScript(init);
  const url = `${env.url}__guest/${Math.random().toString(36).slice(2)}.html`;
  const html = hostPage({ widget: `${before}${widget}`, head: `<script type="module" src="${MODULE()}"></script>` });
  if (headers) {
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }));
  } else {
    await serveHtml(page, url, html);
  }
  await page.addInitScript(() => {
    window.events = [];
    document.addEventListener('annotated', (e) => window.events.push(['annotated', e.detail.annotations.length]));
    document.addEventListener('annotator-error', (e) => window.events.push(['error', String(e.detail && e.detail.message), !!(e.detail && e.detail.csp)]));
    // The article as the host wrote it, before any script of ours ran.
    document.addEventListener('DOMContentLoaded', () => { window.originalHtml = document.getElementById('post-body').innerHTML; });
  });
  await page.goto(url);
  return page;
}

const annotated = (page) => page.waitForFunction(() => window.events.some((e) => e[0] === 'annotated'), null, { timeout: 60000 });
/** Waits until every highlight has its keyboard stop in the shadow DOM. */
const navBuilt = (page) => page.waitForFunction(() => {
  const el = document.querySelector('article-annotator');
  return el.result && el.shadowRoot.querySelectorAll('.nav [data-i]').length > 0;
}, null, { timeout: 30000 });

/** The text of every range in the widget's CSS highlights, by kind. */
async function highlightTexts(page) {
  return page.evaluate(() => Object.fromEntries(['person', 'place', 'date', 'quote'].map((k) => {
    const h = CSS.highlights.get(`aa-${k}`);
    return [k, h ? [...h].map((r) => r.toString()) : []];
  })));
}

test('in place with the Highlight API: the host article’s innerHTML stays byte for byte the same while highlighted', async () => {
  const page = await openHost();
  await annotated(page);
  await navBuilt(page);
  const state = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    return {
      same: document.getElementById('post-body').innerHTML === window.originalHtml,
      marks: document.querySelectorAll('#post-body mark').length,
      active: el.active,
      pressed: el.shadowRoot.querySelector('button[part=toggle]').getAttribute('aria-pressed'),
      annotations: el.result.annotations.map((a) => ({ kind: a.kind, text: a.text.replace(/\s+/g, ' ') })),
    };
  });
  assert.ok(state.same, 'the article’s innerHTML changed while highlighted');
  assert.equal(state.marks, 0, 'no <mark> in the host article');
  assert.equal(state.active, true);
  assert.equal(state.pressed, 'true');
  // Every annotation is painted: the ranges of each kind hold its text.
  const painted = await highlightTexts(page);
  for (const kind of ['person', 'place', 'date', 'quote']) {
    const want = state.annotations.filter((a) => a.kind === kind);
    assert.ok(want.length > 0, `the sample has ${kind}s`);
    const joined = painted[kind].join('|').replace(/\s+/g, ' ');
    for (const a of want) {
      // a quote across a link is several ranges; its first word is in one of them
      assert.ok(joined.includes(a.text.split(' ')[0]), `${kind} “${a.text}” is not painted`);
    }
  }
  // Off: no ranges left, article still the same; on again: painted again.
  await page.evaluate(() => document.querySelector('article-annotator').toggle());
  assert.deepEqual(await highlightTexts(page), { person: [], place: [], date: [], quote: [] });
  assert.ok(await page.evaluate(() => document.getElementById('post-body').innerHTML === window.originalHtml));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the engine runs in a module Worker: no WebAssembly is compiled on the page’s main thread', async () => {
  const page = await openHost({
    init: () => {
      window.mainThreadWasm = 0;
      for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) {
        const original = WebAssembly[name];
        WebAssembly[name] = function (...args) { window.mainThreadWasm++; return original.apply(this, args); };
      }
      const OriginalModule = WebAssembly.Module;
      WebAssembly.Module = function (...args) { window.mainThreadWasm++; return new OriginalModule(...args); };
    },
  });
  await page.waitForFunction(() => window.events.length > 0, null, { timeout: 60000 });
  assert.deepEqual(await page.evaluate(() => window.events.map((e) => e[0])), ['annotated']);
  const workers = page.workers().map((w) => new URL(w.url()).pathname);
  assert.ok(workers.some((w) => w.endsWith('/dist/article-annotator.worker.js')), `a worker runs the engine (workers: ${workers})`);
  assert.equal(await page.evaluate(() => window.mainThreadWasm), 0, 'WebAssembly was compiled on the main thread');
  assert.ok(page.requested.includes('/dist/article_annotator_bg.wasm'), 'the .wasm is its own file beside the module');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('nothing loads before the element is needed: far below the fold, no worker and no .wasm until it is scrolled near', async () => {
  const page = await openHost({ before: '<div id="spacer" style="height: 6000px">Scroll down</div>' });
  await page.waitForTimeout(1500);
  const early = { workers: page.workers().length, requested: page.requested.filter((p) => /worker|\.wasm/.test(p)), events: await page.evaluate(() => window.events.length) };
  assert.deepEqual(early, { workers: 0, requested: [], events: 0 }, 'the element loaded its engine before it was needed');
  await page.evaluate(() => document.querySelector('article-annotator').scrollIntoView());
  await annotated(page);
  assert.ok(page.requested.includes('/dist/article_annotator_bg.wasm'));
  await page.close();

  // The reader asks (the toggle) before scrolling: it starts at once.
  const asked = await openHost({ before: '<div style="height: 6000px"></div>' });
  await asked.waitForTimeout(500);
  assert.equal(asked.workers().length, 0);
  await asked.evaluate(() => document.querySelector('article-annotator').shadowRoot.querySelector('button[part=toggle]').click());
  await annotated(asked);
  await asked.close();
});

test('keyboard and screen readers: every highlight is a stop in the shadow DOM, with a tooltip and a ring over its range', async () => {
  const page = await openHost();
  await annotated(page);
  await navBuilt(page);
  const count = await page.evaluate(() => document.querySelector('article-annotator').result.annotations.length);
  // Tab from the toggle reaches the first highlight.
  await page.evaluate(() => document.querySelector('article-annotator').shadowRoot.querySelector('button[part=toggle]').focus());
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    const focused = el.shadowRoot.activeElement;
    const tip = el.shadowRoot.querySelector('.tip');
    const ring = el.shadowRoot.querySelector('.ring').getBoundingClientRect();
    const i = Number(focused.dataset.i);
    const a = el.result.annotations[i];
    return {
      i, text: a.text, label: focused.textContent, role: focused.getAttribute('role'),
      describedBy: focused.getAttribute('aria-describedby'),
      tipOpen: tip.matches(':popover-open'), tip: tip.textContent,
      ring: [ring.width, ring.height],
    };
  });
  assert.equal(first.i, 0);
  assert.equal(first.role, 'button');
  assert.ok(first.label.includes(first.text), `the stop names its text: ${first.label}`);
  assert.equal(first.describedBy, 'aa-tip');
  assert.ok(first.tipOpen, 'the tooltip popover is open');
  assert.ok(first.tip.length > 5);
  assert.ok(first.ring[0] > 5 && first.ring[1] > 5, 'the ring is drawn over the range');
  // The ring lies over the first range of the highlight.
  const overlap = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    const ring = el.shadowRoot.querySelector('.ring').getBoundingClientRect();
    const range = [...CSS.highlights.get(`aa-${el.result.annotations[0].kind}`)][0].getBoundingClientRect();
    return Math.abs(ring.left - range.left) < 2 && Math.abs(ring.top - range.top) < 2;
  });
  assert.ok(overlap, 'the ring is not over the highlighted range');
  // Arrow keys move on; End reaches the last one.
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => Number(document.querySelector('article-annotator').shadowRoot.activeElement.dataset.i)), 1);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => Number(document.querySelector('article-annotator').shadowRoot.activeElement.dataset.i)), count - 1);
  // Enter on a person marks all its mentions.
  const person = await page.evaluate(() => document.querySelector('article-annotator').result.annotations.findIndex((a) => a.kind === 'person' && a.entity));
  await page.evaluate((i) => document.querySelector('article-annotator').shadowRoot.querySelector(`.nav [data-i="${i}"]`).focus(), person);
  await page.keyboard.press('Enter');
  const selected = await page.evaluate((i) => {
    const el = document.querySelector('article-annotator');
    const entity = el.result.annotations[i].entity;
    return { ranges: CSS.highlights.get('aa-selected').size, mentions: el.result.annotations.filter((a) => a.entity === entity).length };
  }, person);
  assert.ok(selected.ranges >= selected.mentions && selected.mentions > 1, `selected ${selected.ranges} ranges for ${selected.mentions} mentions`);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('article-annotator').shadowRoot.querySelector('.tip').matches(':popover-open')), false);

  // Chromium's accessibility tree has one focusable button per highlight, named by its text and meaning.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const stops = nodes.filter((n) => n.role && n.role.value === 'button' && n.name && /^“/.test(n.name.value));
  assert.equal(stops.length, count, 'a highlight missing from the accessibility tree');
  assert.ok(stops.some((n) => /person: Wang Wenbin/.test(n.name.value)), 'Wang Wenbin is announced as a person');
  assert.ok(stops.every((n) => (n.properties || []).some((p) => p.name === 'focusable' && p.value.value)), 'every stop is focusable');

  // Hover over a range: its tooltip.
  const point = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    const i = el.result.annotations.findIndex((a) => a.kind === 'date');
    const r = [...CSS.highlights.get('aa-date')][0];
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const box = r.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, i };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => document.querySelector('article-annotator').shadowRoot.querySelector('.tip').matches(':popover-open'), null, { timeout: 5000 });
  assert.match(await page.evaluate(() => document.querySelector('article-annotator').shadowRoot.querySelector('.tip .t-kind').textContent), /Date/);
  assert.ok(await page.evaluate(() => document.getElementById('post-body').innerHTML === window.originalHtml));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('with the Highlight API switched off, the <mark> fallback highlights, navigates and restores exactly', async () => {
  const page = await openHost({ init: () => Object.defineProperty(CSS, 'highlights', { value: undefined }) });
  await annotated(page);
  await navBuilt(page);
  const on = await page.evaluate(() => ({
    marks: document.querySelectorAll('#post-body mark[data-aa-index]').length,
    changed: document.getElementById('post-body').innerHTML !== window.originalHtml,
  }));
  assert.ok(on.marks > 0, 'no marks in the fallback');
  assert.ok(on.changed);
  await page.evaluate(() => document.querySelector('article-annotator').shadowRoot.querySelector('.nav [data-i="0"]').focus());
  const ring = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    const r = el.shadowRoot.querySelector('.ring').getBoundingClientRect();
    const m = document.querySelector('#post-body mark[data-aa-index="0"]').getBoundingClientRect();
    return Math.abs(r.left - m.left) < 2 && Math.abs(r.top - m.top) < 2 && el.shadowRoot.querySelector('.tip').matches(':popover-open');
  });
  assert.ok(ring, 'keyboard navigation does not reach the marks');
  await page.evaluate(() => document.querySelector('article-annotator').toggle());
  assert.ok(await page.evaluate(() => document.getElementById('post-body').innerHTML === window.originalHtml));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('under a Content-Security-Policy without \'wasm-unsafe-eval\' the element says so and fires annotator-error', async () => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";
  // The policy on every response of the site, as a host sets it: the page, the module, its worker.
  await env.context.route(`${env.url}dist/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  try {
    const page = await openHost({ headers: { 'Content-Security-Policy': policy } });
    await page.waitForFunction(() => window.events.some((e) => e[0] === 'error'), null, { timeout: 30000 });
    const state = await page.evaluate(() => ({
      events: window.events,
      status: document.querySelector('article-annotator').shadowRoot.querySelector('.status').textContent,
      same: document.getElementById('post-body').innerHTML === window.originalHtml,
    }));
    assert.match(state.status, /Content-Security-Policy.*wasm-unsafe-eval/);
    const error = state.events.find((e) => e[0] === 'error');
    assert.equal(error[2], true, 'the error says it is the policy');
    assert.ok(!state.events.some((e) => e[0] === 'annotated'));
    assert.ok(state.same);
    await page.close();
  } finally {
    await env.context.unroute(`${env.url}dist/**`);
  }
});

test('axe-core finds nothing with a highlight focused; a screenshot of the widget in a host page', async () => {
  const page = await env.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  const url = `${env.url}__guest/shot.html`;
  const article = (await import('./embed-host.mjs')).articleHtml();
  await serveHtml(page, url, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A news site</title>
<meta property="article:published_time" content="2021-07-06T09:00:00Z">
<style>body { font: 19px/1.6 Georgia, serif; color: #222; background: #fcfbf8; margin: 0; }
header { background: #1b2a41; color: #fff; padding: 14px 32px; font: 600 22px system-ui, sans-serif; }
main { max-width: 44em; margin: 24px auto; padding: 0 24px; } h1 { font-size: 34px; line-height: 1.2; margin: 0 0 12px; }
a { color: #0a58ca; }</style>
<script type="module" src="${MODULE()}"></script></head>
<body><header>The Daily Example</header><main><h1>China accuses the United States</h1>
<article-annotator for="#post-body"></article-annotator>
<article id="post-body">${article}</article></main></body></html>`);
  await page.addInitScript(() => { window.events = []; document.addEventListener('annotated', () => window.events.push(['annotated'])); });
  await page.goto(url);
  await annotated(page);
  await navBuilt(page);
  // Focus the first person: ring and tooltip over the text.
  await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    const i = el.result.annotations.findIndex((a) => a.kind === 'person');
    el.shadowRoot.querySelector(`.nav [data-i="${i}"]`).focus();
  });
  await page.evaluate(readFileSync(AXE_PATH, 'utf8') + '\n;true');
  const violations = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  assert.deepEqual(violations.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })), []);
  const folder = process.env.UPDATE_SCREENSHOTS ? 'docs' : mkdtempSync(join(tmpdir(), 'annotator-shots-'));
  const path = join(folder, 'screenshot-widget.png');
  await page.screenshot({ path });
  assert.ok(statSync(path).size > 20000, `${path} shows the page`);
  assert.deepEqual(page.errors, []);
  await page.close();
});
