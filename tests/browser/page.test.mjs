// The page, driven in Chromium against the real engine (dist/site, built by
// tools/build.sh): opening with the sample, pasting, highlights, legend
// counts, tooltips, tabs, toggles, entity selection, keyboard navigation, the
// reference date, the confidence threshold, files, autosave, and that user
// text is only ever text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';
import { SAMPLE, KINDS, waitReady, paste, countsAndHighlights } from './page-helpers.mjs';

let env;
let page;

before(async () => {
  env = await openBrowser();
  page = await env.newPage();
  await page.goto(env.url);
  await waitReady(page, SAMPLE);
});

after(async () => {
  if (page) {
    assert.deepEqual(page.foreignRequests, [], 'no request leaves the page’s origin');
    assert.deepEqual(page.errors, [], 'no console errors');
  }
  await env?.close();
});

/** The engine's result for the text shown, straight from the worker (the same engine the page runs). */
async function engineResult(text) {
  return page.evaluate(async (text) => {
    const worker = new Worker('./embed/article-annotator.worker.js', { type: 'module' });
    const result = await new Promise((resolve, reject) => {
      worker.onmessage = (e) => {
        if (e.data.ready) return;
        if (e.data.error) reject(new Error(e.data.error)); else resolve(e.data.json ? JSON.parse(e.data.json) : e.data.result);
      };
      worker.postMessage({ id: 1, text, options: {} });
    });
    worker.terminate();
    return result;
  }, text);
}

test('opens with the sample article, shown character for character', async () => {
  const shown = await page.evaluate(() => [document.getElementById('input').value, document.getElementById('reader').textContent]);
  assert.equal(shown[0], SAMPLE);
  assert.equal(shown[1], SAMPLE);
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
  const annotated = Number(await page.evaluate(() => document.body.dataset.annotated));
  const marks = await page.locator('#reader mark.a[data-first]').count();
  assert.equal(annotated, marks, 'data-annotated counts the highlights shown');
  assert.ok(marks > 40, `the sample is highlighted (${marks} highlights)`);
});

test('the sample opens with its publication date, so its dates resolve', async () => {
  assert.equal(await page.inputValue('#refdate'), '2021-07-06');
  assert.equal(await page.textContent('#refdate-source'), 'the sample article’s publication date');
  const monday = page.locator('#reader mark.a.date[data-first]', { hasText: '5th of July Monday' });
  assert.match(await monday.getAttribute('aria-label'), /Monday 5 July 2021/);
});

test('the legend counts equal the highlights of each kind, and match the engine', async () => {
  const counts = await countsAndHighlights(page);
  const result = await engineResult(SAMPLE);
  for (const kind of KINDS) {
    assert.ok(counts[kind].legend > 0, `the sample has a ${kind}`);
    assert.equal(counts[kind].legend, counts[kind].highlights, `${kind}: legend count = highlights`);
    assert.equal(counts[kind].legend, result.annotations.filter((a) => a.kind === kind && a.confidence >= 0.6).length, `${kind}: every annotation at the default minimum confidence (0.6) is drawn`);
  }
  // Every highlight covers exactly its annotation's text.
  const mismatches = await page.evaluate((result) => [...document.querySelectorAll('#reader mark.a[data-first]')]
    .map((m) => {
      const a = result.annotations[Number(m.dataset.i)];
      const pieces = [...document.querySelectorAll(`#reader mark.a[data-i="${m.dataset.i}"]`)].map((x) => x.textContent).join('');
      return pieces === a.text ? null : [a.text, pieces];
    }).filter(Boolean), result);
  assert.deepEqual(mismatches, []);
});

test('a pasted article is highlighted, with a tooltip per kind on hover and on focus', async () => {
  const text = 'BEIJING, July 6 (Reuters) - On Monday, Wang Wenbin, a spokesman for China’s foreign ministry, said the United States was “the top threat to global cybersecurity.”\n\nWang added that Washington had “much to answer for”, speaking in Beijing on July 5, 2021.';
  await paste(page, { text });
  await waitReady(page, text);
  const counts = await countsAndHighlights(page);
  for (const kind of KINDS) assert.equal(counts[kind].legend, counts[kind].highlights, kind);
  const result = await engineResult(text);
  // The text has every kind: Wang Wenbin, Beijing, July 5, 2021, “the top threat…”.
  const found = new Set(result.annotations.map((a) => a.kind));
  assert.deepEqual([...found].sort(), [...KINDS].sort(), 'the engine finds every kind in this text');
  let tooltips = 0;
  for (const kind of KINDS) {
    const a = result.annotations.find((x) => x.kind === kind);
    const mark = page.locator(`#reader mark.a.${kind}[data-first]`).first();
    const label = await mark.getAttribute('aria-label');
    assert.ok(label.includes(kind === 'quote' ? 'quote' : kind), `${kind} has an accessible label: ${label}`);
    await mark.hover();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    const tipText = await tip.textContent();
    const expect = {
      person: () => result.entities.find((e) => e.id === a.entity)?.name ?? a.text,
      place: () => a.place.countryCode ? null : a.place.name,
      date: () => (a.date.value ? null : 'unresolved'),
      quote: () => (a.quote.speaker ? a.quote.speaker.name : 'Speaker not found'),
    }[kind]();
    if (expect) assert.ok(tipText.includes(expect), `${kind} tooltip “${tipText}” includes “${expect}”`);
    if (kind === 'place') assert.match(tipText, /\d+\.\d+°[NS], \d+\.\d+°[EW]/, 'place tooltip has coordinates');
    if (kind === 'date' && a.date.value) assert.ok(tipText.includes(a.date.value), `date tooltip shows the value ${a.date.value}`);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    await mark.hover();
    await tip.waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    await mark.focus();
    await tip.waitFor({ state: 'visible' });
    assert.equal(await mark.getAttribute('aria-describedby'), 'tooltip', 'the focused highlight is described by the tooltip');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await mark.evaluate((m) => m.blur());
    tooltips++;
  }
  assert.equal(tooltips, KINDS.length, 'a tooltip was checked for every kind');
  const wang = result.entities.find((e) => e.kind === 'person' && /Wang/.test(e.name));
  assert.ok(wang, 'the engine finds Wang Wenbin');
  assert.ok(wang.mentions.length >= 2, 'Wang Wenbin is named twice');
  const marks = page.locator(`#reader mark.a.person[data-entity="${wang.id}"][data-first]`);
  assert.equal(await marks.count(), wang.mentions.length);
});

test('user text shows literally: markup and scripts never run', async () => {
  const text = 'Attack? <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> and <b>bold</b> &amp; “quoted <i>text</i>,” said Mr. Smith.';
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await paste(page, { text });
  await waitReady(page, text);
  const seen = await page.evaluate(() => ({
    text: document.getElementById('reader').textContent,
    elements: [...document.querySelectorAll('#reader *')].map((e) => e.tagName).filter((n) => !['MARK', 'DIV'].includes(n)),
    pwned: window.__pwned,
  }));
  assert.equal(seen.text, text);
  assert.deepEqual(seen.elements, []);
  assert.equal(seen.pwned, undefined);
  assert.equal(dialogs, 0);
  // Rich text: paragraphs kept, markup (and its scripts) gone.
  const html = '<h1>Storm hits coast</h1><p>First <b>paragraph</b> <img src=x onerror="window.__pwned=3">here.</p><script>window.__pwned=4</script><p>Second<br>line.</p>';
  await paste(page, { text: 'ignored plain', html });
  const expected = 'Storm hits coast\n\nFirst paragraph here.\n\nSecond\n\nline.';
  await waitReady(page, expected);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test('tabs switch with the mouse and the arrow keys', async () => {
  await paste(page, { text: SAMPLE });
  await waitReady(page, SAMPLE);
  for (const name of ['quotes', 'dates', 'places', 'people']) {
    await page.click(`#tab-${name}`);
    assert.equal(await page.getAttribute(`#tab-${name}`, 'aria-selected'), 'true');
    assert.equal(await page.isVisible(`#pane-${name}`), true, `${name} pane visible`);
    const others = ['people', 'quotes', 'dates', 'places'].filter((x) => x !== name);
    for (const o of others) assert.equal(await page.isVisible(`#pane-${o}`), false, `${o} pane hidden`);
    assert.ok((await page.textContent(`#pane-${name}`)).trim().length > 0, `${name} pane says something`);
  }
  await page.focus('#tab-people');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-quotes');
  assert.equal(await page.isVisible('#pane-quotes'), true);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.isVisible('#pane-people'), true);
});

test('the legend toggles hide and show a kind, by click and by key', async () => {
  const before = await countsAndHighlights(page);
  for (const kind of KINDS) assert.ok(before[kind].highlights > 0, `the sample has ${kind} highlights to hide`);
  for (const [n, kind] of KINDS.entries()) {
    await page.click(`.toggle[data-kind=${kind}]`);
    await waitReady(page, null);
    assert.equal(await page.getAttribute(`.toggle[data-kind=${kind}]`, 'aria-pressed'), 'false');
    const hidden = await countsAndHighlights(page);
    assert.equal(hidden[kind].highlights, 0, `${kind} hidden`);
    assert.equal(hidden[kind].legend, before[kind].legend, `${kind} count still shown`);
    for (const other of KINDS.filter((k) => k !== kind)) assert.equal(hidden[other].highlights, before[other].highlights, `${other} unchanged`);
    assert.equal(await page.evaluate(() => document.getElementById('reader').textContent === document.getElementById('input').value), true);
    // The number key brings it back.
    await page.focus('#reader');
    await page.keyboard.press(String(n + 1));
    await waitReady(page, null);
    assert.equal(await page.getAttribute(`.toggle[data-kind=${kind}]`, 'aria-pressed'), 'true');
    assert.deepEqual(await countsAndHighlights(page), before);
  }
});

test('clicking a person or place marks all its mentions and goes from one to the next', async () => {
  // The sample's first person is its most mentioned: Wang Wenbin, named several times.
  await page.click('#tab-people');
  const button = page.locator('#pane-people .entity[data-entity]:not([data-entity=""])').first();
  assert.equal(await button.count(), 1, 'the People tab lists the sample’s people');
  const id = await button.getAttribute('data-entity');
  const mentions = await page.locator(`#reader mark.a[data-entity="${id}"][data-first]`).count();
  assert.ok(mentions >= 2, `the first person has several mentions (${mentions})`);
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator(`#reader mark.a.selected[data-first]`).count(), mentions, 'every mention is marked');
  const current = () => page.evaluate(() => document.querySelector('#reader mark.current')?.dataset.i);
  const first = await current();
  assert.equal(first, await page.locator(`#reader mark.a[data-entity="${id}"][data-first]`).first().getAttribute('data-i'));
  await button.click();
  const second = await current();
  assert.notEqual(second, first, 'the second click goes to the next mention');
  assert.equal(second, await page.locator(`#reader mark.a[data-entity="${id}"][data-first]`).nth(1).getAttribute('data-i'));
  await page.focus('#reader');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#reader mark.a.selected').count(), 0, 'Escape clears the selection');
});

test('J and K move between highlights; Enter selects the entity', async () => {
  const all = await page.locator('#reader mark.a[data-first]').evaluateAll((ms) => ms.map((m) => m.dataset.i));
  assert.ok(all.length >= 2, `the sample has many highlights (${all.length})`);
  // From the text (no highlight current yet), J goes to the first highlight.
  await page.reload();
  await waitReady(page, null);
  await page.focus('#reader');
  const focused = () => page.evaluate(() => document.activeElement.dataset.i);
  await page.keyboard.press('j');
  assert.equal(await focused(), all[0]);
  await page.keyboard.press('j');
  assert.equal(await focused(), all[1]);
  assert.equal(await page.isVisible('#tooltip'), true, 'the tooltip follows the focus');
  await page.keyboard.press('k');
  assert.equal(await focused(), all[0]);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), all[1], 'Tab reaches the next highlight too');
  const withEntity = page.locator('#reader mark.a[data-entity][data-first]').first();
  assert.equal(await withEntity.count(), 1, 'the sample has highlights of people and places');
  const entity = await withEntity.getAttribute('data-entity');
  await withEntity.focus();
  await page.keyboard.press('Enter');
  const selected = await page.locator('#reader mark.a.selected[data-first]').evaluateAll((ms) => ms.map((m) => m.dataset.entity));
  const mentions = await page.locator(`#reader mark.a[data-entity="${entity}"][data-first]`).count();
  assert.equal(selected.length, mentions, 'Enter marks every mention of the entity');
  assert.ok(selected.every((e) => e === entity), 'and only those');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#reader mark.a.selected').count(), 0);
});

test('the reference date shows its source and can be changed', async () => {
  const text = 'Officials met on Monday and again on 3 March.';
  await paste(page, { text });
  await waitReady(page, text);
  const source = await page.textContent('#refdate-source');
  assert.ok(source.length > 0, 'the source is shown');
  await page.fill('#refdate', '2021-07-06');
  await page.dispatchEvent('#refdate', 'change');
  await page.waitForFunction(() => document.getElementById('refdate-source').textContent === 'set by you');
  await waitReady(page, text);
  assert.equal(await page.inputValue('#refdate'), '2021-07-06');
  assert.equal(await page.isVisible('#refdate-auto'), true);
  const dates = await page.locator('#reader mark.a.date[data-first]').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label')));
  assert.equal(dates.length, 2, `“Monday” and “3 March” are dates: ${dates}`);
  for (const label of dates) assert.doesNotMatch(label, /unresolved/, 'with a reference date, dates resolve');
  await page.click('#refdate-auto');
  await page.waitForFunction(() => document.getElementById('refdate-source').textContent !== 'set by you');
  assert.equal(await page.isVisible('#refdate-auto'), false);
});

test('the confidence slider hides less certain annotations', async () => {
  await paste(page, { text: SAMPLE });
  await waitReady(page, SAMPLE);
  const result = await engineResult(SAMPLE);
  await page.locator('#threshold').fill('0.9');
  await waitReady(page, SAMPLE);
  assert.equal(await page.textContent('#threshold-value'), '90%');
  const counts = await countsAndHighlights(page);
  let kept = 0;
  for (const kind of KINDS) {
    const expected = result.annotations.filter((a) => a.kind === kind && a.confidence >= 0.9).length;
    assert.equal(counts[kind].legend, expected, kind);
    assert.equal(counts[kind].highlights, expected, kind);
    kept += expected;
  }
  // The sample has annotations on both sides of 90%, so the slider did something.
  assert.ok(kept > 0 && kept < result.annotations.length, `90% keeps ${kept} of ${result.annotations.length}`);
  await page.locator('#threshold').fill('0.6');
  await waitReady(page, SAMPLE);
});

test('a dropped .html file becomes its article text; other files are refused', async () => {
  const html = '<html><head><title>T</title><style>p{}</style></head><body><nav>Home | World</nav><article><h1>Flood warning</h1><p>Rivers rose on <em>Tuesday</em>.</p><p>Crews worked overnight.</p></article><footer>© Site</footer></body></html>';
  const drop = (name, type, body) => page.evaluate(({ name, type, body }) => {
    const data = new DataTransfer();
    data.items.add(new File([body], name, { type }));
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, { name, type, body });
  await drop('story.html', 'text/html', html);
  const expected = 'Flood warning\n\nRivers rose on Tuesday.\n\nCrews worked overnight.';
  await waitReady(page, expected);
  await drop('notes.md', 'text/markdown', '# Notes\r\n\r\nLine two.');
  await waitReady(page, '# Notes\n\nLine two.');
  await drop('photo.png', 'image/png', 'x');
  await page.waitForFunction(() => /only \.txt, \.md and \.html/.test(document.getElementById('status').textContent));
  assert.equal(await page.inputValue('#input'), '# Notes\n\nLine two.', 'a refused file leaves the text alone');
});

test('the draft is saved and restored after a reload', async () => {
  const text = 'Draft: Maria Lopez said on Friday that “the bridge will reopen.”\n\nSecond paragraph with émoji 🎉 and a non-breaking\u00a0space.';
  await paste(page, { text });
  await waitReady(page, text);
  await page.fill('#refdate', '2020-02-29');
  await page.dispatchEvent('#refdate', 'change');
  await page.waitForFunction(() => document.getElementById('refdate-source').textContent === 'set by you');
  await page.waitForTimeout(600); // the autosave's debounce
  await page.reload();
  await waitReady(page, text);
  assert.equal(await page.inputValue('#refdate'), '2020-02-29');
  assert.equal(await page.textContent('#refdate-source'), 'set by you');
  // The sample button brings the sample back, and Undo the draft.
  await page.click('#sample');
  await waitReady(page, SAMPLE);
  await page.click('#undo');
  await waitReady(page, text);
  assert.equal(await page.isVisible('#undo'), false);
  // Clear, too, can be undone.
  await page.click('#clear');
  await waitReady(page, '');
  await page.click('#undo');
  await waitReady(page, text);
});
