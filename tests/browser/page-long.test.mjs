// A 1 MB article: the page shows progress, keeps answering the keyboard
// within 100 ms while the engine works (in its worker) and the text is drawn
// (in slices), and ends with the whole text shown character for character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';
import { SAMPLE, KINDS, waitReady, countsAndHighlights } from './page-helpers.mjs';

test('a 1 MB paste keeps the input responsive', { timeout: 300000 }, async (t) => {
  const env = await openBrowser();
  try {
    const page = await env.newPage();
    await page.goto(env.url);
    await waitReady(page, SAMPLE);
    let big = '';
    while (big.length < 1_000_000) big += SAMPLE + '\n\n';
    await page.focus('#input');
    // The paste, then from that moment on: how late each keystroke is
    // handled, and how long the page's main thread is ever busy at once.
    const sawProgress = await page.evaluate((big) => {
      const input = document.getElementById('input');
      window.__lags = [];
      input.addEventListener('keydown', (e) => window.__lags.push([Math.round(e.timeStamp - window.__t0), performance.now() - e.timeStamp]));
      input.select();
      window.__t0 = performance.now();
      input.setRangeText(big, 0, input.value.length, 'end');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window.__tasks ||= []).push([Math.round(entry.startTime - window.__t0), Math.round(entry.duration)]);
      }).observe({ type: 'longtask' });
      return new Promise((resolve) => setTimeout(() => resolve(!document.getElementById('progress').hidden
        && /Annotating/.test(document.getElementById('status').textContent)), 200));
    }, big);
    assert.ok(sawProgress, 'a progress bar shows while a long text is annotated');
    // Type while the engine works (in its worker)... Keys are a few hundred
    // ms apart: Chromium's own editing of a 1 MB text box takes a while per
    // key on a busy machine, and that is not what is measured here.
    for (const key of ['E', 'n', 'd']) {
      await page.keyboard.type(key);
      await page.waitForTimeout(400);
    }
    // ...and while the result is drawn (on the page, in slices).
    await page.waitForFunction(() => document.body.dataset.state === 'drawing', null, { timeout: 180000, polling: 'raf' });
    for (const key of ['.', '.']) {
      await page.keyboard.type(key);
      await page.waitForTimeout(300);
    }
    const typed = big + 'End..';
    assert.equal((await page.inputValue('#input')).length, typed.length, 'every key landed');
    await waitReady(page, typed, 180000);
    const { lags, tasks } = await page.evaluate(() => ({ lags: window.__lags, tasks: window.__tasks || [] }));
    t.diagnostic(`key lags ${JSON.stringify(lags.map(([at, lag]) => [at, Math.round(lag)]))} ms; long tasks [start, ms]: ${JSON.stringify(tasks)}`);
    assert.equal(lags.length, 5);
    // For comparison, the same keys with the page idle: what Chromium itself
    // takes per key in a 1 MB text box on this machine right now.
    const idle = await page.evaluate(() => { window.__lags = []; return true; });
    assert.ok(idle);
    for (const key of ['!', '!', '!']) {
      await page.keyboard.type(key);
      await page.waitForTimeout(400);
    }
    const baseline = await page.evaluate(() => window.__lags.map(([, lag]) => lag));
    const median = (list) => list.slice().sort((x, y) => x - y)[Math.floor(list.length / 2)];
    const working = lags.map(([, lag]) => lag);
    t.diagnostic(`median key lag while working ${Math.round(median(working))} ms, idle ${Math.round(median(baseline))} ms`);
    // On a quiet machine every key is handled within a few tens of ms. On a
    // shared, loaded one every task stretches, so the bound is 100 ms more
    // than the idle page’s, and no key may wait a second.
    assert.ok(median(working) < 100 + median(baseline), `keys were handled ${Math.round(median(working))} ms after they were pressed (idle: ${Math.round(median(baseline))} ms)`);
    assert.ok(Math.max(...working) < 1000, `no key waited more than ${Math.round(Math.max(...working))} ms (want < 1000)`);
    await waitReady(page, typed + '!!!', 180000);
    const counts = await countsAndHighlights(page);
    for (const kind of KINDS) assert.equal(counts[kind].legend, counts[kind].highlights, kind);
    assert.deepEqual(page.foreignRequests, []);
    assert.deepEqual(page.errors, []);
  } finally {
    await env.close();
  }
});
