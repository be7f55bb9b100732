// Publishing: the site works under any sub-path, on a host that serves .wasm
// with the wrong MIME type, and makes no request beyond its own files; the
// single self-contained file works opened from disk (file://), offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBrowser, launchChromium } from './harness.mjs';
import { SAMPLE, waitReady, countsAndHighlights, KINDS } from './page-helpers.mjs';

test('under a sub-path, with .wasm served as application/octet-stream', async () => {
  const env = await openBrowser({ prefix: '/newsroom/tools/annotator/', wasmMime: 'application/octet-stream' });
  try {
    const page = await env.newPage();
    await page.goto(env.url);
    await waitReady(page, SAMPLE);
    const counts = await countsAndHighlights(page);
    for (const kind of KINDS) {
      assert.ok(counts[kind].legend > 0, `the sample's ${kind}s are found`);
      assert.equal(counts[kind].legend, counts[kind].highlights);
    }
    const outside = env.server.requests.filter((p) => !p.startsWith('/newsroom/tools/annotator/'));
    assert.deepEqual(outside, [], 'every URL is relative to the page');
    assert.deepEqual(page.foreignRequests, []);
    assert.deepEqual(page.errors, []);
  } finally {
    await env.close();
  }
});

test('the single file works from file:// with no network', async () => {
  const file = resolve('dist/article-annotator.html');
  assert.ok(existsSync(file), 'tools/build.sh writes dist/article-annotator.html');
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<(script|link)[^>]+(src|href)="(?!data:)/i, 'nothing is loaded from elsewhere');
  const chrome = await launchChromium();
  try {
    const page = await chrome.context.newPage();
    const errors = [];
    const requests = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    // No network at all: any request other than the file itself fails.
    await chrome.context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const url = pathToFileURL(file).href;
    await page.goto(url);
    await waitReady(page, SAMPLE);
    const counts = await countsAndHighlights(page);
    for (const kind of KINDS) {
      assert.ok(counts[kind].legend > 0, `the sample's ${kind}s are found offline`);
      assert.equal(counts[kind].legend, counts[kind].highlights);
    }
    assert.deepEqual(requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:')), []);
    assert.deepEqual(errors, []);
    // It annotates what is typed, too.
    await page.fill('#input', 'Offline test: on Monday, Angela Merkel spoke in Berlin.');
    await waitReady(page, 'Offline test: on Monday, Angela Merkel spoke in Berlin.');
    const typed = await countsAndHighlights(page);
    assert.deepEqual([typed.person.highlights, typed.place.highlights, typed.date.highlights], [1, 1, 1], 'Angela Merkel, Berlin and Monday are highlighted');
  } finally {
    await chrome.close();
  }
});
