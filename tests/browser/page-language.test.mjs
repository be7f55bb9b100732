// A text in another language: the page says so instead of showing English
// rules' guesses, and an English text after it is annotated as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';
import { waitReady, paste } from './page-helpers.mjs';

const GERMAN = 'BERLIN — Der Sprecher der Regierung sagte am Montag, dass die Pläne nicht unterstützt werden. „Wir haben keine Mittel“, sagte Anna Schmidt, die auch für die Stadt spricht, und die Opposition ist dagegen.';
const ENGLISH = '“We disagree,” Wang Wenbin said on Monday in Beijing, and he added that the plan was not new.';

let env;
let page;

before(async () => {
  env = await openBrowser();
  page = await env.newPage();
  await page.goto(env.url);
  await waitReady(page, null);
});

after(async () => {
  if (page) assert.deepEqual(page.errors, []);
  await env?.close();
});

const notice = () => page.evaluate(() => {
  const p = document.getElementById('language-notice');
  return { hidden: p.hidden, text: p.textContent, status: document.getElementById('status').textContent };
});

test('a German article gets a notice and no highlights', async () => {
  await paste(page, { text: GERMAN });
  await waitReady(page, GERMAN);
  const shown = await notice();
  assert.equal(shown.hidden, false);
  assert.match(shown.text, /looks like German; only English is supported/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#reader mark').length), 0);
  assert.equal(await page.evaluate(() => document.body.dataset.annotated), '0');
  // The reader still shows the text, unchanged.
  assert.equal(await page.evaluate(() => document.getElementById('reader').textContent), GERMAN);
});

test('an English article after it is annotated and the notice goes', async () => {
  await paste(page, { text: ENGLISH });
  await waitReady(page, ENGLISH);
  const shown = await notice();
  assert.equal(shown.hidden, true);
  assert.doesNotMatch(shown.status, /looks like/);
  const marks = await page.evaluate(() => document.querySelectorAll('#reader mark.a.person[data-first]').length);
  assert.ok(marks >= 1, `people highlighted: ${marks}`);
});
