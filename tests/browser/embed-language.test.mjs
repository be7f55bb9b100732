// The widget on a host article in another language: it says so in its
// status line and highlights nothing, rather than show English guesses.
//
// Needs the build (tools/build.sh): dist/article-annotator.js and its worker
// and .wasm beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { openBrowser } from './harness.mjs';
import { hostPage, serveHtml, articleHtml } from './embed-host.mjs';

const GERMAN = 'Der Sprecher der Regierung sagte am Montag, dass die Pläne nicht unterstützt werden.\n\n„Wir haben keine Mittel“, sagte Anna Schmidt, die auch für die Stadt spricht, und die Opposition ist dagegen.';

let env;
before(async () => {
  assert.ok(existsSync('dist/article-annotator.worker.js'), 'dist/article-annotator.worker.js is missing: run tools/build.sh');
  env = await openBrowser({ root: '.' });
});
after(async () => env && (await env.close()));

test('a German host article: the widget says it reads only English and highlights nothing', async () => {
  const page = await env.newPage();
  const url = `${env.url}__language/host.html`;
  await page.addInitScript(() => {
    window.results = [];
    document.addEventListener('annotated', (e) => window.results.push(e.detail));
  });
  await serveHtml(page, url, hostPage({
    widget: '<article-annotator for="#post-body"></article-annotator>',
    head: `<script type="module" src="${env.url}dist/article-annotator.js"></script>`,
    article: articleHtml(GERMAN),
  }));
  await page.goto(url);
  await page.waitForFunction(() => window.results.length > 0, null, { timeout: 60000 });
  const seen = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    return {
      language: window.results[0].language,
      annotations: window.results[0].annotations.length,
      status: el.shadowRoot.querySelector('.status').textContent,
      marks: document.querySelectorAll('#post-body mark').length,
      highlighted: ['person', 'place', 'date', 'quote'].reduce((n, k) => n + (CSS.highlights.get(`aa-${k}`)?.size || 0), 0),
    };
  });
  assert.equal(seen.language, 'de');
  assert.equal(seen.annotations, 0);
  assert.match(seen.status, /looks like German; only English is supported/);
  assert.equal(seen.marks + seen.highlighted, 0);
  assert.deepEqual(page.errors, []);
});
