// The side panel's contents for the sample article, read as a reader would:
// the right people, each with the quotes they said; quotes grouped by
// speaker; the dates on the timeline in order; the places as markers at
// their coordinates on the map. Then the single-key shortcuts N, P, E and ?.
// Every list is checked against the page's own result (its JSON export) and
// against what the sample is known to contain (tests/names_seed.rs,
// tests/quotes_seed.rs, tests/dates_seed.rs read the same article).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';
import { SAMPLE, waitReady, exported } from './page-helpers.mjs';

let env;
let page;
let result;

before(async () => {
  env = await openBrowser();
  page = await env.newPage();
  await page.goto(env.url);
  await waitReady(page, SAMPLE);
  result = JSON.parse((await exported(page, 'json')).body);
  assert.equal(result.referenceDate, '2021-07-06', 'the sample resolves against its publication date');
});

after(async () => {
  if (page) {
    assert.deepEqual(page.foreignRequests, []);
    assert.deepEqual(page.errors, []);
  }
  await env?.close();
});

async function openTab(name) {
  await page.click(`#tab-${name}`);
  await page.waitForFunction((name) => {
    const pane = document.getElementById(`pane-${name}`);
    return !pane.hidden && pane.childElementCount > 0;
  }, name);
}

const quotesOf = (entityId) => result.annotations.filter((a) => a.kind === 'quote' && a.quote && a.quote.speaker && a.quote.speaker.entity === entityId);

test('People: the sample’s people, no one else, each with the quotes they said', async () => {
  await openTab('people');
  const listed = await page.locator('#pane-people .entity.person').evaluateAll((buttons) => buttons.map((b) => ({
    id: b.dataset.entity,
    name: b.querySelector('.name').textContent,
    said: [...(b.closest('li').querySelectorAll('.said .qlink'))].length,
    label: b.closest('li').querySelector('.said')?.getAttribute('aria-label') ?? null,
  })));
  const names = listed.map((p) => p.name);
  for (const person of ['Wang Wenbin', 'Zhang Jun', 'Joe Biden', 'Trump', 'Christoph Heusgen', 'Feroza Aziz', 'Xi Jinping', 'Khaled Hosseini', 'Mahenoor Mansuri']) {
    assert.ok(names.includes(person), `${person} is listed under People: ${names}`);
  }
  for (const nobody of ['Creative Writer', 'Art', 'French', 'Uighur', 'BBC', 'Google', 'Wang', 'Wenbin', 'Biden']) {
    assert.ok(!names.includes(nobody), `${nobody} is listed as a person`);
  }
  // Exactly the result's people, once each, the most mentioned first.
  const people = result.entities.filter((e) => e.kind === 'person');
  assert.deepEqual([...names].sort(), people.map((e) => e.name).sort());
  assert.equal(names[0], 'Wang Wenbin', 'the most mentioned person comes first');
  for (const p of listed) {
    const said = quotesOf(p.id).length;
    assert.equal(p.said, Math.min(said, 10), `${p.name}: ${p.said} quotes listed, ${said} said`);
    if (said) assert.equal(p.label, `Quotes by ${p.name}`);
  }
  const wang = listed.find((p) => p.name === 'Wang Wenbin');
  const zhang = listed.find((p) => p.name === 'Zhang Jun');
  assert.ok(wang.said >= 5, `Wang Wenbin's five quotations are under his name (${wang.said})`);
  assert.ok(zhang.said >= 2, `Zhang Jun's two quotations are under his name (${zhang.said})`);
});

test('Quotes: grouped by speaker, every quote once, under the right name', async () => {
  await openTab('quotes');
  const groups = await page.locator('#pane-quotes h2.speaker').evaluateAll((headings) => headings.map((h) => ({
    name: h.firstChild.textContent,
    quotes: [...h.nextElementSibling.querySelectorAll('.qlink')].map((q) => q.firstChild.textContent),
  })));
  const quotes = result.annotations.filter((a) => a.kind === 'quote');
  assert.ok(quotes.length >= 7, `the sample's seven quotations at least (${quotes.length})`);
  assert.equal(groups.reduce((n, g) => n + g.quotes.length, 0), quotes.length, 'every quote is listed once');
  assert.equal(groups[0].name, 'Wang Wenbin', 'the speaker with most quotes comes first');
  for (const group of groups) {
    const expected = quotes.filter((a) => (a.quote.speaker ? a.quote.speaker.name : 'Speaker not found') === group.name);
    assert.equal(group.quotes.length, expected.length, `${group.name}: ${group.quotes.length} listed, ${expected.length} in the result`);
  }
  const byName = Object.fromEntries(groups.map((g) => [g.name, g.quotes.join('\n')]));
  assert.match(byName['Wang Wenbin'], /the top threat/);
  assert.match(byName['Wang Wenbin'], /The Patriot Act/);
  assert.match(byName['Zhang Jun'], /take a good look/);
  assert.doesNotMatch(byName['Zhang Jun'], /The Patriot Act/);
});

test('Dates: the timeline has a point per resolved date, in time order; the rest are listed apart', async () => {
  await openTab('dates');
  const points = await page.locator('#pane-dates svg.timeline g.point').evaluateAll((gs) => gs.map((g) => ({
    label: g.getAttribute('aria-label'),
    x: Number(g.querySelector('circle').getAttribute('cx')),
  })));
  const dates = result.annotations.filter((a) => a.kind === 'date');
  const onTimeline = dates.filter((a) => a.date && a.date.value && !a.date.value.startsWith('P'));
  assert.ok(points.length >= 5, `the sample's dates are on the timeline (${points.length})`);
  assert.ok(points.length <= onTimeline.length, `${points.length} points for ${onTimeline.length} dates with a calendar value`);
  const labels = points.map((p) => p.label).join('\n');
  for (const expected of ['Monday 5 July 2021: “5th of July Monday”', 'December 2020: “December last year”', '22 September 2020', '11 September 2001: “9/11”']) {
    assert.ok(labels.includes(expected), `the timeline has ${expected}:\n${labels}`);
  }
  // Left to right is earliest to latest: 2001 before 2020 before 2021.
  const at = (text) => points.find((p) => p.label.includes(text)).x;
  assert.ok(at('9/11') < at('22nd of September, 2020') && at('22nd of September, 2020') < at('December last year') && at('December last year') < at('5th of July Monday'));
  for (let n = 1; n < points.length; n++) assert.ok(points[n - 1].x <= points[n].x, 'points are drawn in time order');
  // A duration has no place on a calendar: it is listed under the timeline.
  const apart = await page.locator('#pane-dates h2', { hasText: 'Not on the timeline' }).locator('xpath=following-sibling::ul[1]').textContent();
  assert.match(apart, /90 days/);
});

test('Places: a marker per linked place, at its coordinates on the map', async () => {
  await openTab('places');
  await page.locator('#pane-places svg.worldmap g.point').first().waitFor();
  const markers = await page.locator('#pane-places svg.worldmap g.point').evaluateAll((gs) => gs.map((g) => ({
    label: g.getAttribute('aria-label'),
    cx: Number(g.querySelector('circle').getAttribute('cx')),
    cy: Number(g.querySelector('circle').getAttribute('cy')),
  })));
  const linked = result.entities.filter((e) => e.kind === 'place' && result.annotations[e.mentions[0]].place?.geonamesId);
  assert.ok(linked.length >= 10, `the sample's places are linked to GeoNames (${linked.length})`);
  assert.equal(markers.length, linked.length, 'one marker per linked place');
  const names = markers.map((m) => m.label.split(',')[0]);
  for (const place of ['United States', 'China', 'Washington', 'Beijing', 'Wuhan', 'Hong Kong', 'France', 'Karnataka', 'North Korea', 'Xinjiang']) {
    assert.ok(names.includes(place), `${place} has a marker: ${names}`);
  }
  // The map is 360 × 180, longitude + 180 across and 90 − latitude down.
  for (const e of linked) {
    const { lat, lon } = result.annotations[e.mentions[0]].place;
    const marker = markers.find((m) => m.label.startsWith(`${e.name},`));
    assert.ok(marker, `${e.name} has a marker`);
    assert.ok(Math.abs(marker.cx - (lon + 180)) < 0.2 && Math.abs(marker.cy - (90 - lat)) < 0.2, `${e.name} at ${lat}, ${lon} is drawn at ${marker.cx}, ${marker.cy}`);
  }
  const beijing = markers.find((m) => m.label.startsWith('Beijing,'));
  assert.ok(Math.abs(beijing.cx - 296.4) < 1 && Math.abs(beijing.cy - 50.1) < 1, `Beijing (39.9° N, 116.4° E) is drawn at ${beijing.cx}, ${beijing.cy}`);
  assert.match(beijing.label, /China/);
});

test('N and P move between highlights like J and K; E edits; ? shows the shortcuts', async () => {
  const all = await page.locator('#reader mark.a[data-first]').evaluateAll((ms) => ms.map((m) => m.dataset.i));
  assert.ok(all.length >= 3, `the sample has highlights (${all.length})`);
  await page.reload();
  await waitReady(page, SAMPLE);
  await page.focus('#reader');
  const focused = () => page.evaluate(() => document.activeElement.dataset.i ?? document.activeElement.id);
  for (const [key, expected] of [['n', all[0]], ['n', all[1]], ['N', all[2]], ['p', all[1]], ['P', all[0]], ['p', all[0]]]) {
    await page.keyboard.press(key);
    assert.equal(await focused(), expected, `${key} goes to highlight ${expected}`);
  }
  assert.equal(await page.locator('#reader mark.current').count() > 0, true, 'the highlight reached is the current one');
  // E: to the text box; Escape there: back to the text.
  await page.keyboard.press('e');
  assert.equal(await focused(), 'input');
  await page.keyboard.press('Escape');
  assert.equal(await focused(), 'reader');
  // In the text box the letters are text, not shortcuts.
  assert.equal(await page.inputValue('#input'), SAMPLE);
  // ?: the list of shortcuts opens, its summary focused.
  assert.equal(await page.evaluate(() => document.getElementById('shortcuts').open), false);
  await page.keyboard.press('?');
  assert.equal(await page.evaluate(() => document.getElementById('shortcuts').open), true, '? opens the shortcuts');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('#shortcuts summary')), true, 'its summary is focused');
  assert.match(await page.textContent('#shortcuts'), /next highlight/);
});
