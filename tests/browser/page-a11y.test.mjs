// Accessibility and looks: axe-core finds no violations in light and dark
// mode (with every tab open and a tooltip shown), the layout fits a phone, and
// the README's screenshots are taken here from the seed article: into a
// temporary folder on every run, and into docs/ (screenshot-light.png,
// -dark.png) with UPDATE_SCREENSHOTS=1, so a test run leaves the checkout clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from './harness.mjs';
import { SAMPLE, waitReady, axeViolations } from './page-helpers.mjs';

let env;
before(async () => { env = await openBrowser(); });
after(async () => { await env?.close(); });

async function openPage(colorScheme, viewport = { width: 1280, height: 860 }) {
  const page = await env.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(env.url);
  await waitReady(page, SAMPLE);
  return page;
}

for (const scheme of ['light', 'dark']) {
  test(`axe-core: no violations in ${scheme} mode`, async () => {
    const page = await openPage(scheme);
    const found = [];
    for (const tab of ['people', 'quotes', 'dates', 'places']) {
      await page.click(`#tab-${tab}`);
      found.push(...(await axeViolations(page)).map((v) => ({ tab, ...v })));
    }
    // With a highlight focused, its tooltip open, and an entity selected.
    const mark = page.locator('#reader mark.a[data-entity][data-first]').first();
    assert.equal(await mark.count(), 1, 'the sample has highlights of people and places');
    await mark.focus();
    await page.keyboard.press('Enter');
    assert.ok(await page.isVisible('#tooltip'), 'the tooltip is open for axe to check');
    assert.ok(await page.locator('#reader mark.a.selected').count() > 0, 'an entity is selected for axe to check');
    found.push(...(await axeViolations(page)).map((v) => ({ tab: 'tooltip', ...v })));
    assert.deepEqual(found, []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the layout fits a phone: no sideways scrolling, panel below the text', async () => {
  const page = await openPage('light', { width: 390, height: 844 });
  const layout = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    readerBottom: document.getElementById('reader').getBoundingClientRect().bottom + scrollY,
    panelTop: document.querySelector('.panel').getBoundingClientRect().top + scrollY,
  }));
  assert.ok(layout.overflow <= 0, `no horizontal overflow (${layout.overflow}px)`);
  assert.ok(layout.panelTop >= layout.readerBottom, 'the panel is below the text');
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('screenshots of the seed article, light and dark', async () => {
  const folder = process.env.UPDATE_SCREENSHOTS ? 'docs' : mkdtempSync(join(tmpdir(), 'annotator-shots-'));
  mkdirSync(folder, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    const page = await openPage(scheme, { width: 1280, height: 860 });
    // A tooltip open on the first person, as a reader would see it.
    const person = page.locator('#reader mark.a.person[data-first]').first();
    assert.equal(await person.count(), 1, 'the sample has a person to hover');
    await person.hover();
    await page.locator('#tooltip').waitFor({ state: 'visible' });
    const path = join(folder, `screenshot-${scheme}.png`);
    await page.screenshot({ path });
    assert.ok(statSync(path).size > 20000, `${path} shows the page`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});
