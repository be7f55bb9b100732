// The side panel's views: People, Quotes, Dates (an SVG timeline) and
// Places (a list and an SVG world map). Everything is built with DOM calls
// and textContent; `go(index)` is called to jump to an annotation and
// `select(entityId)` to mark all mentions of an entity. The world map's
// outline (worldmap.js) is loaded only when the Places tab is first shown.

import { countryName, formatCoord, describeDateValue, dateExtent, monthName } from './core/describe.js';

let worldmap = null;
const loadWorldmap = () => (worldmap ||= import('./worldmap.js'));

const SVG = 'http://www.w3.org/2000/svg';

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function empty(text) {
  return el('p', { class: 'empty', text });
}

// Lists stop here: a huge article would otherwise build thousands of rows.
const LIMIT = 200;
function more(total) {
  return el('p', { class: 'empty', text: `…and ${total - LIMIT} more (every one is highlighted in the text).` });
}

/** Shortens a quotation for a list: its first words, whole. */
function excerpt(text, max = 180) {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return t.slice(0, cut > max / 2 ? cut : max) + '…';
}

function quoteButton(view, q, showSpeaker) {
  const cue = [];
  if (showSpeaker) cue.push(q.a.quote.speaker ? q.a.quote.speaker.name : 'speaker not found');
  if (q.a.quote.cue) cue.push(`“${q.a.quote.cue.text}”`);
  cue.push(q.a.quote.type);
  return el('button', { type: 'button', class: `qlink ${q.a.quote.type}`, onclick: () => view.go(q.i) },
    excerpt(q.a.text), el('span', { class: 'cue', text: cue.join(' · ') }));
}

/** Groups the shown annotations for the views. */
function gather(result, shown) {
  const quotesBySpeaker = new Map();
  const quotes = [];
  for (const [i, a] of shown) {
    if (a.kind !== 'quote' || !a.quote) continue;
    const q = { i, a };
    quotes.push(q);
    const key = a.quote.speaker ? (a.quote.speaker.entity || `name:${a.quote.speaker.name}`) : '';
    if (!quotesBySpeaker.has(key)) quotesBySpeaker.set(key, []);
    quotesBySpeaker.get(key).push(q);
  }
  const shownSet = new Set(shown.map(([i]) => i));
  const entities = result.entities
    .map((e) => ({ ...e, visible: e.mentions.filter((m) => shownSet.has(m)) }))
    .filter((e) => e.visible.length);
  return { quotes, quotesBySpeaker, entities };
}

export function renderPeople(pane, view, result, shown) {
  const { quotesBySpeaker, entities } = gather(result, shown);
  const people = entities.filter((e) => e.kind === 'person')
    .sort((x, y) => y.visible.length - x.visible.length || x.mentions[0] - y.mentions[0]);
  pane.replaceChildren();
  if (!people.length) { pane.append(empty('No people found.')); return; }
  const list = el('ul', { class: 'entities' });
  for (const e of people.slice(0, LIMIT)) {
    const said = quotesBySpeaker.get(e.id) || [];
    const meta = `${e.visible.length} mention${e.visible.length === 1 ? '' : 's'}${said.length ? ` · ${said.length} quote${said.length === 1 ? '' : 's'}` : ''}`;
    const button = el('button', {
      type: 'button', class: 'entity person', 'data-entity': e.id, 'aria-pressed': String(view.selected === e.id),
      onclick: () => view.select(e.id),
    }, el('span', { class: 'dot', 'aria-hidden': 'true' }), el('span', { class: 'name', text: e.name }), el('span', { class: 'meta', text: meta }));
    const item = el('li', {}, button);
    if (said.length) {
      const list = el('ul', { class: 'said', 'aria-label': `Quotes by ${e.name}` }, ...said.slice(0, 10).map((q) => el('li', {}, quoteButton(view, q, false))));
      if (said.length > 10) list.append(el('li', { class: 'empty', text: `…and ${said.length - 10} more: see Quotes` }));
      item.append(list);
    }
    list.append(item);
  }
  pane.append(list);
  if (people.length > LIMIT) pane.append(more(people.length));
}

export function renderQuotes(pane, view, result, shown) {
  const { quotes, quotesBySpeaker } = gather(result, shown);
  pane.replaceChildren();
  if (!quotes.length) { pane.append(empty('No quotes found.')); return; }
  const groups = [...quotesBySpeaker.entries()].sort((x, y) => (x[0] === '') - (y[0] === '') || y[1].length - x[1].length || x[1][0].i - y[1][0].i);
  let listed = 0;
  for (const [key, all] of groups) {
    if (listed >= LIMIT) break;
    const qs = all.slice(0, LIMIT - listed);
    listed += qs.length;
    const name = key ? qs[0].a.quote.speaker.name : 'Speaker not found';
    const heading = el('h2', { class: 'speaker' }, name, el('span', { class: 'meta', text: ` · ${all.length} quote${all.length === 1 ? '' : 's'}` }));
    pane.append(heading, el('ul', { class: 'quotes' }, ...qs.map((q) => el('li', {}, quoteButton(view, q, false)))));
  }
  if (quotes.length > LIMIT) pane.append(more(quotes.length));
}

const DAY = 86400e3;
function shortDate(ms, span) {
  const d = new Date(ms);
  const month = monthName(d.getUTCMonth(), 'short');
  if (span > 3 * 365 * DAY) return String(d.getUTCFullYear());
  if (span > 60 * DAY) return `${month} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${month}`;
}

export function renderDates(pane, view, result, shown) {
  pane.replaceChildren();
  const dates = shown.filter(([, a]) => a.kind === 'date');
  if (!dates.length) { pane.append(empty('No dates found.')); return; }
  const placed = [];
  const unplaced = [];
  for (const [i, a] of dates) {
    const value = a.date && (a.date.type === 'range' ? a.date.start || a.date.value : a.date.value);
    const extent = dateExtent(value);
    if (extent) placed.push({ i, a, t: extent[0], extent });
    else unplaced.push({ i, a });
  }
  placed.sort((x, y) => x.t - y.t || x.i - y.i);
  if (placed.length) {
    const W = 340;
    const H = 78;
    const left = 14;
    const right = W - 14;
    let min = placed[0].t;
    let max = Math.max(...placed.map((p) => p.t));
    if (max - min < DAY) { min -= 3 * DAY; max += 3 * DAY; }
    const pad = (max - min) * 0.04;
    min -= pad; max += pad;
    const x = (t) => left + ((t - min) / (max - min)) * (right - left);
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'group', 'aria-label': `Timeline of ${placed.length} dates, from ${describeDateValue(placed[0].a.date.value)} to ${describeDateValue(placed[placed.length - 1].a.date.value)}` });
    chart.append(svg('line', { class: 'axis', x1: left, x2: right, y1: 52, y2: 52 }));
    for (let k = 0; k <= 3; k++) {
      const t = min + ((max - min) * k) / 3;
      const tick = svg('text', { x: x(t), y: 72, 'text-anchor': k === 0 ? 'start' : k === 3 ? 'end' : 'middle', 'aria-hidden': 'true' });
      tick.textContent = shortDate(t, max - min);
      chart.append(tick, svg('line', { class: 'axis', x1: x(t), x2: x(t), y1: 48, y2: 56 }));
    }
    // Points at the same spot stack upwards; every point is a link to its sentence.
    const stacks = new Map();
    for (const p of placed) {
      const px = Math.round(x(p.t));
      const slot = stacks.get(px) || 0;
      stacks.set(px, slot + 1);
      const g = svg('g', { class: 'point', tabindex: '0', role: 'link', 'aria-label': `${describeDateValue(p.a.date.value)}: “${p.a.text}”` });
      g.append(svg('circle', { cx: px, cy: 44 - Math.min(slot, 3) * 11, r: 5.5 }));
      const title = svg('title');
      title.textContent = `${describeDateValue(p.a.date.value)} — “${p.a.text}”`;
      g.append(title);
      g.addEventListener('click', () => view.go(p.i));
      g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); view.go(p.i); } });
      chart.append(g);
    }
    pane.append(chart);
  }
  const item = ({ i, a }) => el('li', {}, el('button', { type: 'button', class: 'datelink', onclick: () => view.go(i) },
    el('span', { class: 'when', text: a.date && a.date.value ? a.date.value : 'unresolved' }),
    el('span', { class: 'said-as', text: `“${a.text}” — ${view.sentenceOf(i)}` })));
  if (placed.length) pane.append(el('h2', { text: 'In order' }), el('ul', { class: 'datelist' }, ...placed.slice(0, LIMIT).map(item)));
  if (placed.length > LIMIT) pane.append(more(placed.length));
  if (unplaced.length) {
    pane.append(el('h2', { text: result.referenceDate ? 'Not on the timeline' : 'Not on the timeline (no reference date)' }),
      el('ul', { class: 'datelist' }, ...unplaced.slice(0, LIMIT).map(item)));
    if (unplaced.length > LIMIT) pane.append(more(unplaced.length));
  }
}

export async function renderPlaces(pane, view, result, shown) {
  const { entities } = gather(result, shown);
  const places = entities.filter((e) => e.kind === 'place')
    .sort((x, y) => y.visible.length - x.visible.length || x.mentions[0] - y.mentions[0]);
  // Places without an entity still count, each on its own.
  const loose = shown.filter(([, a]) => a.kind === 'place' && !a.entity).map(([i, a]) => ({ id: null, name: a.place ? a.place.name : a.text, visible: [i], mentions: [i] }));
  const all = [...places, ...loose];
  pane.replaceChildren();
  if (!all.length) { pane.append(empty('No places found.')); return; }
  const info = (e) => result.annotations[e.visible[0]].place;
  // The list at once; the map once its outline has loaded (the first time only).
  const list = placeList(view, all, info);
  pane.append(...list);
  const { LAND_PATH, LAND_SCALE } = await loadWorldmap();
  if (!pane.contains(list[0])) return; // redrawn meanwhile
  const map = svg('svg', { viewBox: '0 0 360 180', class: 'worldmap', role: 'group', 'aria-label': `World map with ${all.length} place${all.length === 1 ? '' : 's'}` });
  map.append(svg('rect', { class: 'sea', x: 0, y: 0, width: 360, height: 180, rx: 4 }));
  for (let lon = 60; lon < 360; lon += 60) map.append(svg('line', { class: 'grid', x1: lon, x2: lon, y1: 0, y2: 180, 'stroke-width': 0.4 }));
  for (let lat = 30; lat < 180; lat += 30) map.append(svg('line', { class: 'grid', x1: 0, x2: 360, y1: lat, y2: lat, 'stroke-width': 0.4 }));
  map.append(svg('path', { class: 'land', d: LAND_PATH, transform: `scale(${LAND_SCALE})`, 'aria-hidden': 'true' }));
  for (const e of all) {
    const p = info(e);
    // places not linked to GeoNames (geonamesId 0) have no coordinates
    if (!p || !p.geonamesId || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const g = svg('g', { class: 'point', tabindex: '0', role: 'link', 'aria-label': `${e.name}, ${countryName(p.countryCode)}` });
    g.append(svg('circle', { cx: (p.lon + 180).toFixed(1), cy: (90 - p.lat).toFixed(1), r: Math.min(6, 2.6 + e.visible.length * 0.5) }));
    const title = svg('title');
    title.textContent = `${e.name} — ${countryName(p.countryCode)}, ${formatCoord(p.lat, p.lon)}`;
    g.append(title);
    const act = () => (e.id ? view.select(e.id) : view.go(e.visible[0]));
    g.addEventListener('click', act);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); act(); } });
    map.append(g);
  }
  pane.prepend(map);
}

function placeList(view, all, info) {
  const list = el('ul', { class: 'entities' });
  for (const e of all.slice(0, LIMIT)) {
    const p = info(e);
    const meta = `${p ? countryName(p.countryCode) : ''} · ${e.visible.length}×`;
    list.append(el('li', {}, el('button', {
      type: 'button', class: 'entity place', 'data-entity': e.id || '', 'aria-pressed': String(!!e.id && view.selected === e.id),
      onclick: () => (e.id ? view.select(e.id) : view.go(e.visible[0])),
    }, el('span', { class: 'dot', 'aria-hidden': 'true' }), el('span', { class: 'name', text: e.name }), el('span', { class: 'meta', text: meta }))));
  }
  return all.length > LIMIT ? [list, more(all.length)] : [list];
}
