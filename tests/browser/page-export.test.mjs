// The page's exports, read back as a user would read the files: JSON (the
// SCHEMA.md result), CSV (one row per annotation), W3C Web Annotation JSON-LD,
// the standalone HTML file, and copy to the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';
import { KINDS, waitReady, paste, exported } from './page-helpers.mjs';

// Emoji and accents before the annotations make UTF-16, code point and byte
// offsets all differ.
const TEXT = 'PARIS, March 3, 2024 (AFP) – 🎉 Café owners cheered. “We are thrilled,” said Amélie Dupont, who runs a café in Paris.\n\nDupont told reporters on Friday that Lyon and Marseille would follow, and that the “grand plan” starts in 2025.';

let env;
let page;
let result;

before(async () => {
  env = await openBrowser();
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  page = await env.newPage();
  await page.goto(env.url);
  await waitReady(page, null);
  await paste(page, { text: TEXT });
  await waitReady(page, TEXT);
  // Everything the engine found: the page's default minimum confidence (0.6)
  // hides the less certain finds.
  await page.locator('#threshold').fill('0');
  await waitReady(page, TEXT);
  result = JSON.parse((await exported(page, 'json')).body);
});

after(async () => {
  if (page) {
    assert.deepEqual(page.foreignRequests, []);
    assert.deepEqual(page.errors, []);
  }
  await env?.close();
});

test('JSON: the SCHEMA.md result for the text shown', async () => {
  assert.equal(result.version, 1);
  assert.ok(['given', 'dateline', 'none'].includes(result.referenceDateSource));
  assert.ok(Array.isArray(result.annotations) && Array.isArray(result.entities));
  // The text has every kind (Amélie Dupont, Paris, Friday, “We are thrilled,”), after the emoji.
  for (const kind of KINDS) assert.ok(result.annotations.some((a) => a.kind === kind), `the export has a ${kind}`);
  assert.ok(result.entities.length > 0, 'the export has entities');
  for (const a of result.annotations) {
    assert.equal(TEXT.slice(a.start, a.end), a.text, 'offsets are UTF-16, text is the slice');
  }
  const shown = Number(await page.evaluate(() => document.body.dataset.annotated));
  assert.equal(result.annotations.length, shown, 'one annotation per highlight');
  for (const e of result.entities) {
    assert.ok(e.mentions.length > 0, `${e.name} has mentions`);
    for (const m of e.mentions) assert.equal(result.annotations[m].entity, e.id);
  }
});

test('JSON export follows the kinds shown', async () => {
  assert.ok(result.annotations.some((a) => a.kind === 'place'), 'the text has places to hide');
  await page.click('.toggle[data-kind=place]');
  await waitReady(page, TEXT);
  const without = JSON.parse((await exported(page, 'json')).body);
  await page.click('.toggle[data-kind=place]');
  await waitReady(page, TEXT);
  assert.equal(without.annotations.filter((a) => a.kind === 'place').length, 0);
  assert.equal(without.annotations.length, result.annotations.filter((a) => a.kind !== 'place').length);
  assert.ok(without.entities.length > 0, 'the people are still there');
  for (const e of without.entities) {
    assert.notEqual(e.kind, 'place');
    for (const m of e.mentions) assert.equal(without.annotations[m].entity, e.id, 'mention indices renumbered');
  }
});

test('the exports follow the confidence threshold', async () => {
  // The lowest step of the slider (0.01 apart: calibrated confidences crowd
  // near 1) that hides some annotations but not all.
  const steps = Array.from({ length: 100 }, (_, n) => (n + 1) / 100);
  const threshold = steps.find((t) => {
    const kept = result.annotations.filter((a) => a.confidence >= t).length;
    return kept > 0 && kept < result.annotations.length;
  });
  assert.ok(threshold, `the annotations’ confidences differ: ${result.annotations.map((a) => a.confidence)}`);
  const expected = result.annotations.filter((a) => a.confidence >= threshold);
  await page.locator('#threshold').fill(String(threshold));
  await waitReady(page, TEXT);
  try {
    assert.equal(await page.textContent('#threshold-value'), `${Math.round(threshold * 100)}%`);
    const json = JSON.parse((await exported(page, 'json')).body);
    const key = (a) => `${a.kind}@${a.start}-${a.end}`;
    assert.deepEqual(json.annotations.map(key), expected.map(key), `the JSON export keeps exactly the annotations at ${threshold} or above`);
    for (const e of json.entities) {
      assert.ok(e.mentions.length > 0, `${e.name}: an entity with no mention left is dropped`);
      for (const m of e.mentions) assert.equal(json.annotations[m].entity, e.id, 'mention indices renumbered');
    }
    const csv = parseCSV((await exported(page, 'csv')).body);
    assert.equal(csv.length - 1, expected.length, 'the CSV export has one row per annotation kept');
    const jsonld = JSON.parse((await exported(page, 'jsonld')).body);
    assert.equal(jsonld.total, expected.length, 'the Web Annotation export counts the annotations kept');
  } finally {
    await page.locator('#threshold').fill('0');
    await waitReady(page, TEXT);
  }
  assert.equal(JSON.parse((await exported(page, 'json')).body).annotations.length, result.annotations.length, 'back at 0 every annotation is exported');
});

/** A small RFC 4180 reader. */
function parseCSV(body) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && body[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('CSV: a header, then one row per annotation', async () => {
  const { name, body } = await exported(page, 'csv');
  assert.match(name, /\.csv$/);
  const rows = parseCSV(body);
  assert.ok(result.annotations.length > 0);
  const header = rows[0];
  assert.deepEqual(header.slice(0, 5), ['index', 'kind', 'start', 'end', 'text']);
  assert.equal(rows.length - 1, result.annotations.length);
  const col = (n) => header.indexOf(n);
  rows.slice(1).forEach((row, i) => {
    const a = result.annotations[i];
    assert.equal(row[col('kind')], a.kind);
    assert.equal(row[col('text')], a.text, 'quotes and commas survive');
    assert.equal(Number(row[col('start')]), a.start);
    if (a.date) assert.equal(row[col('date_value')], a.date.value ?? '');
    if (a.quote && a.quote.speaker) assert.equal(row[col('speaker')], a.quote.speaker.name);
    if (a.place) assert.equal(row[col('country_code')], a.place.countryCode);
  });
});

test('W3C Web Annotation: one annotation per result entry, selectors in code points', async () => {
  const { name, body } = await exported(page, 'jsonld');
  assert.match(name, /\.jsonld$/);
  const doc = JSON.parse(body);
  assert.ok(doc['@context'].includes('http://www.w3.org/ns/anno.jsonld'));
  assert.equal(doc.type, 'AnnotationCollection');
  assert.equal(doc.total, result.annotations.length);
  const items = doc.first.items;
  assert.ok(result.annotations.length > 0);
  assert.equal(items.length, result.annotations.length);
  const codePoints = [...TEXT];
  items.forEach((item, i) => {
    assert.equal(item.type, 'Annotation');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    assert.equal(codePoints.slice(position.start, position.end).join(''), result.annotations[i].text);
    assert.equal(quote.exact, result.annotations[i].text);
    assert.ok(item.body.some((b) => b.purpose === 'tagging' && b.value === result.annotations[i].kind));
  });
});

test('HTML: a standalone file with the text and its highlights, and no script', async () => {
  const { name, body } = await exported(page, 'html');
  assert.match(name, /\.html$/);
  assert.doesNotMatch(body, /<script/i);
  const view = await env.context.newPage();
  await view.setContent(body);
  const seen = await view.evaluate(() => ({
    text: document.querySelector('main').textContent,
    marks: [...document.querySelectorAll('main mark')].map((m) => m.className.split(' ')[0]),
    titles: [...document.querySelectorAll('main mark')].map((m) => m.title),
  }));
  await view.close();
  assert.equal(seen.text, TEXT);
  // Nested or crossing highlights may split into pieces; every annotation has at least one.
  const kinds = (list) => Object.fromEntries(['person', 'place', 'date', 'quote'].map((k) => [k, list.filter((x) => x === k).length]));
  const expected = kinds(result.annotations.map((a) => a.kind));
  const got = kinds(seen.marks);
  for (const k of Object.keys(expected)) {
    assert.ok(expected[k] > 0, `the text has a ${k}`);
    assert.ok(got[k] >= expected[k], `${k}: ${got[k]} marks for ${expected[k]} annotations`);
  }
  assert.ok(seen.titles.every((t) => t.length > 0), 'every highlight says what it is');
});

test('Copy puts the chosen export on the clipboard', async () => {
  await page.selectOption('#export-format', 'json');
  await page.click('#copy');
  await page.waitForFunction(() => /Copied/.test(document.getElementById('status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(JSON.parse(copied), result);
});
