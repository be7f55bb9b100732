// The page: the text box, the annotated reading view, the legend, the side
// panel and the exports. The engine runs in a Web Worker (engine.js); this
// module only draws its results.
//
// Signals for tests and benchmarks: <body data-state="loading|annotating|drawing|ready|error">
// and, once a result is shown, data-annotated="<number of highlights shown>".

import { Engine, startWorker } from './core/engine.js';
import { planSteps } from './core/plan.js';
import { KINDS, kindVariables } from './core/kinds.js';
import { label, fillTooltip } from './core/describe.js';
import { languageNotice } from './core/language.js';
import { htmlToText, fileToText } from './textio.js';
// Loaded when first needed, after the first result: the side panel (and,
// with the Places tab, its map) and the exports.
const panelModule = () => import('./panel.js');
const exportModule = () => import('./export.js');

const DRAFT_KEY = 'article-annotator.draft.v1';

// The kinds' colours (core/kinds.js) as the CSS custom properties style.css uses.
const kindSheet = new CSSStyleSheet();
kindSheet.replaceSync(`:root { ${kindVariables('light')} }
@media (prefers-color-scheme: dark) { :root { ${kindVariables('dark')} } }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, kindSheet];
const $ = (id) => document.getElementById(id);

const ui = {
  input: $('input'),
  reader: $('reader'),
  refdate: $('refdate'),
  refdateAuto: $('refdate-auto'),
  refdateSource: $('refdate-source'),
  threshold: $('threshold'),
  thresholdValue: $('threshold-value'),
  status: $('status'),
  languageNotice: $('language-notice'),
  progress: $('progress'),
  tooltip: $('tooltip'),
  drop: $('drop'),
  tabs: [...document.querySelectorAll('[role=tab]')],
};

const state = {
  text: '',           // the text of the result shown
  result: null,       // the engine's result for state.text
  refOverride: '',    // a reference date the user set ('' = the article's own)
  sample: null,       // the sample article's text, once loaded
  // The default minimum confidence: 0.6, a 60% chance that a highlight is right (the
  // reliability table in BENCHMARKS.md; below it, bins are right 47–66% of the time).
  threshold: 0.6,
  hidden: new Set(),  // kinds toggled off
  selected: null,     // selected entity id
  shown: [],          // [index, annotation] pairs drawn
  renderGen: 0,
  cursor: new Map(),  // entity id → index of the mention last jumped to
};

// ---------------------------------------------------------------- engine

// The engine's worker: core/worker.js in the sources; the build sets
// AA_PAGE_WORKER to the bundled worker beside the widget (embed/), which
// the page and the widget share with their .wasm.
/* global AA_PAGE_WORKER */
const WORKER_FILE = typeof AA_PAGE_WORKER === 'string' ? AA_PAGE_WORKER : './core/worker.js';

function makeWorker() {
  if (globalThis.ARTICLE_ANNOTATOR_WORKER_URL) {
    return new Worker(globalThis.ARTICLE_ANNOTATOR_WORKER_URL, { type: globalThis.ARTICLE_ANNOTATOR_WORKER_TYPE || 'module' });
  }
  return startWorker(new URL(WORKER_FILE, import.meta.url));
}

// Started at once, while the page is still being set up: the worker fetches
// and compiles the engine meanwhile.
const engine = new Engine(makeWorker);
engine.start();
let debounceTimer = 0;
let progressTimer = 0;

function setState(name) {
  document.body.dataset.state = name;
}

function scheduleAnnotate({ now = false } = {}) {
  clearTimeout(debounceTimer);
  const length = ui.input.value.length;
  // Short texts feel live; long ones wait for a pause in typing.
  const delay = now ? 0 : length < 20000 ? 160 : length < 200000 ? 350 : 700;
  if (length > 50000) {
    // Long texts: show the wait at once, not after the pause.
    ui.progress.hidden = false;
    setState('annotating');
    say(`Annotating ${formatSize(length)}…`);
  }
  debounceTimer = setTimeout(annotateNow, delay);
}

// The sample article has no dateline; it was published on 6 July 2021, so
// while it is shown unchanged its dates resolve against that day.
const SAMPLE_PUBLISHED = '2021-07-06';

function isSample(text) {
  return state.sample !== null && text === state.sample;
}

async function annotateNow() {
  const text = ui.input.value;
  const options = { referenceDate: state.refOverride || (isSample(text) ? SAMPLE_PUBLISHED : null) };
  setState('annotating');
  clearTimeout(progressTimer);
  // A progress bar only when the wait can be noticed.
  progressTimer = setTimeout(() => {
    ui.progress.hidden = false;
    say(`Annotating ${formatSize(text.length)}…`);
  }, text.length > 50000 ? 0 : 250);
  let reply;
  try {
    reply = await engine.annotate(text, options);
  } catch (error) {
    if (text !== ui.input.value) return;
    clearTimeout(progressTimer);
    ui.progress.hidden = true;
    setState('error');
    say(`The engine failed: ${error.message}`);
    return;
  }
  if (reply.stale) return;
  clearTimeout(progressTimer);
  ui.progress.hidden = true;
  state.text = text;
  state.result = reply.result;
  state.cursor.clear();
  if (state.selected && !reply.result.entities.some((e) => e.id === state.selected)) state.selected = null;
  showReferenceDate();
  const notice = languageNotice(reply.result);
  ui.languageNotice.textContent = notice || '';
  ui.languageNotice.hidden = !notice;
  await draw();
  const n = reply.result.annotations.length;
  say(notice || `${n} annotation${n === 1 ? '' : 's'} in ${reply.ms < 10 ? reply.ms.toFixed(1) : Math.round(reply.ms)} ms`);
}

function formatSize(chars) {
  return chars > 1e6 ? `${(chars / 1e6).toFixed(1)} M characters` : chars > 1e3 ? `${Math.round(chars / 1e3)} k characters` : `${chars} characters`;
}

let sayTimer = 0;
function say(message) {
  clearTimeout(sayTimer);
  sayTimer = setTimeout(() => { ui.status.textContent = message; }, 0);
}

// ---------------------------------------------------------------- drawing

function visible(a) {
  return a.confidence >= state.threshold;
}

async function draw() {
  const result = state.result;
  if (!result) return;
  const gen = ++state.renderGen;
  const counts = { person: 0, place: 0, date: 0, quote: 0 };
  const shown = [];
  result.annotations.forEach((a, i) => {
    if (!visible(a)) return;
    if (a.kind in counts) counts[a.kind]++;
    if (!state.hidden.has(a.kind)) shown.push([i, a]);
  });
  state.shown = shown;
  for (const kind of KINDS) {
    const count = document.querySelector(`[data-count=${kind}]`);
    count.textContent = counts[kind];
    const toggle = count.closest('.toggle');
    toggle.setAttribute('aria-label', `${toggle.dataset.label || (toggle.dataset.label = toggle.textContent.replace(/\d+/g, '').trim())}: ${counts[kind]}, ${state.hidden.has(kind) ? 'hidden' : 'shown'}`);
  }
  for (const tab of ui.tabs) {
    const n = tab.id === 'tab-people' ? result.entities.filter((e) => e.kind === 'person' && e.mentions.some((m) => visible(result.annotations[m]))).length
      : tab.id === 'tab-quotes' ? counts.quote : tab.id === 'tab-dates' ? counts.date
        : result.entities.filter((e) => e.kind === 'place' && e.mentions.some((m) => visible(result.annotations[m]))).length;
    let badge = tab.querySelector('.n');
    if (!badge) { badge = document.createElement('span'); badge.className = 'n'; tab.append(badge); }
    badge.textContent = String(n);
  }
  setState('drawing');
  const done = await drawText(state.text, shown, gen);
  if (!done) return;
  markSelection();
  document.body.dataset.annotated = String(shown.length);
  // The highlights are on screen; the side panel comes after them.
  await drawPanel();
  if (gen !== state.renderGen) return;
  setState('ready');
}

/** Draws the text in slices of a few milliseconds so the page keeps responding. */
async function drawText(text, shown, gen) {
  const steps = planSteps(text, shown, { blocks: true });
  const reader = ui.reader;
  reader.replaceChildren();
  let block = document.createElement('div');
  block.className = 'p';
  reader.append(block);
  const stack = [block];
  const open = []; // annotation indices open, outermost first
  const openMark = (i, first) => {
    const a = state.result.annotations[i];
    const mark = document.createElement('mark');
    mark.className = `a ${a.kind}${a.quote && a.quote.type === 'indirect' ? ' indirect' : ''}${first ? '' : ' cont'}`;
    mark.dataset.i = String(i);
    if (a.entity) mark.dataset.entity = a.entity;
    if (first) {
      mark.dataset.first = '';
      mark.tabIndex = 0;
      mark.setAttribute('aria-label', `${a.text} (${label(a, state.result)})`);
    }
    stack[stack.length - 1].append(mark);
    stack.push(mark);
    open.push(i);
  };
  let k = 0;
  for (;;) {
    const sliceEnd = performance.now() + 10;
    let step;
    for (;;) {
      if (++k % 64 === 0 && performance.now() > sliceEnd) break;
      const next = steps.next();
      if (next.done) return true;
      step = next.value;
      if (step.text !== undefined) stack[stack.length - 1].append(step.text);
      else if (step.close) { stack.pop(); open.pop(); }
      else if (step.block) {
        const going = open.splice(0);
        stack.length = 0;
        block = document.createElement('div');
        block.className = 'p';
        reader.append(block);
        stack.push(block);
        for (const i of going) openMark(i, false);
      } else openMark(step.open, step.first);
    }
    await yieldToPage();
    if (gen !== state.renderGen) return false;
  }
}

/**
 * Lets the page handle input, timers and paint before the next slice of work:
 * a message task queues behind them (setTimeout would add a 4 ms clamp, and
 * scheduler.yield() would jump ahead of the page's timers).
 */
const sliceChannel = new MessageChannel();
const sliceWaiting = [];
sliceChannel.port1.onmessage = () => { const resolve = sliceWaiting.shift(); if (resolve) resolve(); };
function yieldToPage() {
  return new Promise((resolve) => {
    sliceWaiting.push(resolve);
    sliceChannel.port2.postMessage(0);
  });
}

const PANES = { 'tab-people': 'renderPeople', 'tab-quotes': 'renderQuotes', 'tab-dates': 'renderDates', 'tab-places': 'renderPlaces' };

async function drawPanel() {
  if (!state.result) return;
  const panes = await panelModule();
  const tab = ui.tabs.find((t) => t.getAttribute('aria-selected') === 'true');
  const pane = $(tab.getAttribute('aria-controls'));
  await panes[PANES[tab.id]](pane, view, state.result, state.shown);
}

/** What the panel can ask of the page. */
const view = {
  get selected() { return state.selected; },
  go(i) { goTo(i, { focus: true }); },
  select(id) { selectEntity(id); },
  sentenceOf(i) {
    const a = state.result.annotations[i];
    const text = state.text;
    let from = a.start;
    while (from > 0 && from > a.start - 200 && !/[.!?\n]/.test(text[from - 1])) from--;
    let to = a.end;
    while (to < text.length && to < a.end + 200 && !/[.!?\n]/.test(text[to])) to++;
    if (to < text.length && text[to] !== '\n') to++;
    const s = text.slice(from, to).replace(/\s+/g, ' ').trim();
    return s.length > 160 ? s.slice(0, 157) + '…' : s;
  },
};

function markFor(i) {
  return ui.reader.querySelector(`mark[data-i="${i}"][data-first]`);
}

function goTo(i, { focus = false } = {}) {
  const mark = markFor(i);
  if (!mark) return;
  for (const m of ui.reader.querySelectorAll('mark.current')) m.classList.remove('current');
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  mark.classList.remove('flash');
  void mark.offsetWidth;
  mark.classList.add('flash');
  if (focus) mark.focus({ preventScroll: true });
}

function selectEntity(id) {
  if (!id) return;
  const entity = state.result && state.result.entities.find((e) => e.id === id);
  if (!entity) return;
  const mentions = entity.mentions.filter((m) => state.shown.some(([i]) => i === m));
  if (state.selected !== id) {
    state.selected = id;
    state.cursor.delete(id);
  }
  markSelection();
  for (const b of document.querySelectorAll('.entity[data-entity]')) b.setAttribute('aria-pressed', String(b.dataset.entity === id));
  if (!mentions.length) return;
  // Each click goes on to the next mention, round and round.
  const last = state.cursor.get(id);
  const next = last === undefined ? mentions[0] : mentions[(mentions.indexOf(last) + 1) % mentions.length];
  state.cursor.set(id, next);
  goTo(next);
  const n = mentions.indexOf(next) + 1;
  say(`${entity.name}: mention ${n} of ${mentions.length}`);
}

function clearSelection() {
  state.selected = null;
  markSelection();
  for (const b of document.querySelectorAll('.entity[data-entity]')) b.setAttribute('aria-pressed', 'false');
}

function markSelection() {
  for (const m of ui.reader.querySelectorAll('mark.selected')) m.classList.remove('selected');
  if (state.selected) {
    for (const m of ui.reader.querySelectorAll(`mark[data-entity="${CSS.escape(state.selected)}"]`)) m.classList.add('selected');
  }
}

// ---------------------------------------------------------------- tooltip

let tipFor = null;
function showTooltip(mark) {
  const i = Number(mark.dataset.i);
  const a = state.result && state.result.annotations[i];
  if (!a) return;
  const first = markFor(i) || mark;
  fillTooltip(ui.tooltip, a, state.result);
  ui.tooltip.hidden = false;
  ui.tooltip.id = 'tooltip';
  if (tipFor && tipFor !== first) tipFor.removeAttribute('aria-describedby');
  first.setAttribute('aria-describedby', 'tooltip');
  tipFor = first;
  const rect = (mark.getClientRects()[0] || mark.getBoundingClientRect());
  const box = ui.tooltip.getBoundingClientRect();
  let left = rect.left + window.scrollX;
  left = Math.max(8 + window.scrollX, Math.min(left, window.scrollX + document.documentElement.clientWidth - box.width - 8));
  let top = rect.bottom + window.scrollY + 6;
  if (rect.bottom + box.height + 12 > window.innerHeight && rect.top > box.height + 12) top = rect.top + window.scrollY - box.height - 6;
  ui.tooltip.style.left = `${left}px`;
  ui.tooltip.style.top = `${top}px`;
}

function hideTooltip() {
  ui.tooltip.hidden = true;
  if (tipFor) tipFor.removeAttribute('aria-describedby');
  tipFor = null;
}

ui.reader.addEventListener('mouseover', (e) => {
  const mark = e.target.closest && e.target.closest('mark.a');
  if (mark) showTooltip(mark);
});
ui.reader.addEventListener('mouseout', (e) => {
  const to = e.relatedTarget && e.relatedTarget.closest && e.relatedTarget.closest('mark.a');
  const focused = document.activeElement && document.activeElement.matches('#reader mark.a') ? document.activeElement : null;
  if (to) showTooltip(to);
  else if (focused) showTooltip(focused);
  else hideTooltip();
});
ui.reader.addEventListener('focusin', (e) => {
  if (e.target.matches('mark.a')) showTooltip(e.target);
});
ui.reader.addEventListener('focusout', () => hideTooltip());
ui.reader.addEventListener('click', (e) => {
  const mark = e.target.closest && e.target.closest('mark.a');
  if (!mark) return;
  const a = state.result.annotations[Number(mark.dataset.i)];
  if (a && a.entity) selectEntity(a.entity);
});

// ---------------------------------------------------------------- keyboard

function highlights() {
  return [...ui.reader.querySelectorAll('mark.a[data-first]')];
}

function step(direction) {
  const all = highlights();
  if (!all.length) return;
  const active = document.activeElement;
  let at = all.indexOf(active);
  if (at < 0) {
    const current = ui.reader.querySelector('mark.current[data-first]');
    at = current ? all.indexOf(current) : direction > 0 ? -1 : all.length;
  }
  const next = all[Math.max(0, Math.min(all.length - 1, at + direction))];
  for (const m of ui.reader.querySelectorAll('mark.current')) m.classList.remove('current');
  next.classList.add('current');
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'nearest' });
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target;
  if (target.matches && target.matches('input, textarea, select')) {
    if (e.key === 'Escape' && target === ui.input) { ui.reader.focus(); }
    return;
  }
  // Single-key shortcuts act only in the reading view, the panel, or with nothing focused.
  if (!(target === document.body || ui.reader.contains(target) || target.closest('.panel'))) return;
  const key = e.key;
  if (key === 'j' || key === 'n' || key === 'J' || key === 'N') { step(1); e.preventDefault(); }
  else if (key === 'k' || key === 'p' || key === 'K' || key === 'P') { step(-1); e.preventDefault(); }
  else if (key === 'Enter' && target.matches('mark.a')) {
    const a = state.result.annotations[Number(target.dataset.i)];
    if (a && a.entity) { selectEntity(a.entity); e.preventDefault(); }
  } else if (key === 'Escape') { clearSelection(); hideTooltip(); }
  else if (['1', '2', '3', '4'].includes(key)) { toggleKind(KINDS[Number(key) - 1]); e.preventDefault(); }
  else if (key === 'e' || key === 'E') { ui.input.focus(); e.preventDefault(); }
  else if (key === '?') { const d = $('shortcuts'); d.open = true; d.querySelector('summary').focus(); e.preventDefault(); }
});

// ---------------------------------------------------------------- controls

function toggleKind(kind) {
  if (state.hidden.has(kind)) state.hidden.delete(kind);
  else state.hidden.add(kind);
  const button = document.querySelector(`.toggle[data-kind=${kind}]`);
  button.setAttribute('aria-pressed', String(!state.hidden.has(kind)));
  draw();
}

for (const button of document.querySelectorAll('.toggle')) {
  button.addEventListener('click', () => toggleKind(button.dataset.kind));
}

function selectTab(tab, { focus = false } = {}) {
  for (const t of ui.tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
  drawPanel();
}

ui.tabs.forEach((tab, n) => {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (e) => {
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -n, End: ui.tabs.length - 1 - n };
    if (e.key in moves) {
      e.preventDefault();
      e.stopPropagation();
      selectTab(ui.tabs[(n + moves[e.key] + ui.tabs.length) % ui.tabs.length], { focus: true });
    }
  });
});

ui.threshold.addEventListener('input', () => {
  state.threshold = Number(ui.threshold.value);
  ui.thresholdValue.textContent = `${Math.round(state.threshold * 100)}%`;
  draw();
});

const SOURCE_TEXT = {
  given: 'set by you',
  dateline: 'found in the article’s dateline',
  none: 'none in the article: set one to resolve “Monday”, “last week”',
};

function showReferenceDate() {
  const r = state.result;
  if (!r) return;
  if (document.activeElement !== ui.refdate) ui.refdate.value = r.referenceDate || '';
  const sampleDate = !state.refOverride && r.referenceDateSource === 'given' && isSample(state.text);
  ui.refdateSource.textContent = sampleDate ? 'the sample article’s publication date' : SOURCE_TEXT[r.referenceDateSource] || '';
  ui.refdateAuto.hidden = !state.refOverride;
}

ui.refdate.addEventListener('change', () => {
  state.refOverride = /^\d{4}-\d{2}-\d{2}$/.test(ui.refdate.value) ? ui.refdate.value : '';
  saveDraftSoon();
  scheduleAnnotate({ now: true });
});
ui.refdateAuto.addEventListener('click', () => {
  state.refOverride = '';
  saveDraftSoon();
  scheduleAnnotate({ now: true });
});

ui.input.addEventListener('input', () => {
  saveDraftSoon();
  scheduleAnnotate();
});

// Rich text pastes as its text: paragraphs kept, markup dropped; a whole
// page pasted is reduced to its article.
ui.input.addEventListener('paste', (e) => {
  const data = e.clipboardData;
  if (!data) return;
  const html = data.getData('text/html');
  if (!html) return;
  const plain = data.getData('text/plain');
  e.preventDefault();
  const { selectionStart, selectionEnd } = ui.input;
  htmlToText(html, { article: 'auto' }).catch(() => '').then((text) => {
    text ||= plain;
    if (!text) return;
    ui.input.setRangeText(text, selectionStart, selectionEnd, 'end');
    ui.input.dispatchEvent(new Event('input', { bubbles: true }));
  });
});

/**
 * Replaces the whole text (sample, clear, a dropped file). The text it
 * replaces is kept, and an Undo button brings it back: a click never loses a draft.
 */
function setText(text, what = 'Text replaced') {
  const previous = ui.input.value;
  ui.input.value = text;
  saveDraftSoon();
  scheduleAnnotate({ now: true });
  const undo = $('undo');
  if (previous && previous !== text) {
    undo.onclick = () => {
      undo.hidden = true;
      ui.input.value = previous;
      saveDraftSoon();
      scheduleAnnotate({ now: true });
      say('Your text is back');
    };
    undo.hidden = false;
    say(`${what}.`);
  } else {
    undo.hidden = true;
  }
}

async function sampleText() {
  if (state.sample !== null) return state.sample;
  if (typeof globalThis.ARTICLE_ANNOTATOR_SAMPLE === 'string') {
    state.sample = globalThis.ARTICLE_ANNOTATOR_SAMPLE;
    return state.sample;
  }
  const response = await fetch(new URL('./sample-article.txt', import.meta.url));
  if (!response.ok) throw new Error(`sample article: ${response.status}`);
  state.sample = await response.text();
  return state.sample;
}

$('sample').addEventListener('click', async () => {
  try { setText(await sampleText(), 'Sample article loaded'); } catch (error) { say(String(error.message)); }
});
$('clear').addEventListener('click', () => { setText('', 'Text cleared'); ui.input.focus(); });

// ---------------------------------------------------------------- files

let dragDepth = 0;
window.addEventListener('dragenter', (e) => {
  if (![...(e.dataTransfer?.types || [])].includes('Files')) return;
  dragDepth++;
  ui.drop.hidden = false;
});
window.addEventListener('dragleave', () => {
  if (--dragDepth <= 0) { dragDepth = 0; ui.drop.hidden = true; }
});
window.addEventListener('dragover', (e) => {
  if ([...(e.dataTransfer?.types || [])].includes('Files')) e.preventDefault();
});
window.addEventListener('drop', async (e) => {
  dragDepth = 0;
  ui.drop.hidden = true;
  const file = e.dataTransfer && e.dataTransfer.files[0];
  if (!file) return;
  e.preventDefault();
  try {
    setText(await fileToText(file), `Read ${file.name}`);
  } catch (error) {
    say(error.message);
  }
});

// ---------------------------------------------------------------- export

/** The result restricted to what is shown (kinds on, above the threshold), in the SCHEMA.md shape. */
function shownResult() {
  const r = state.result;
  if (!r) return null;
  const keep = state.shown.map(([i]) => i);
  if (keep.length === r.annotations.length) return r;
  const renumber = new Map(keep.map((old, n) => [old, n]));
  return {
    ...r,
    annotations: keep.map((i) => r.annotations[i]),
    entities: r.entities
      .map((e) => ({ ...e, mentions: e.mentions.filter((m) => renumber.has(m)).map((m) => renumber.get(m)) }))
      .filter((e) => e.mentions.length),
  };
}

async function exportText(format) {
  const result = shownResult();
  if (!result) return null;
  const { toJSON, toCSV, toWebAnnotation, toStandaloneHTML } = await exportModule();
  switch (format) {
    case 'json': return toJSON(result);
    case 'csv': return toCSV(result);
    case 'jsonld': return toWebAnnotation(result, state.text);
    case 'html': return toStandaloneHTML(result, state.text, titleOf(state.text));
    default: return null;
  }
}

function titleOf(text) {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l) || 'Annotated article';
  return line.length > 90 ? line.slice(0, 87) + '…' : line;
}

function fileName(format, FORMATS) {
  const slug = titleOf(state.text).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'article';
  return `${slug}.annotations.${FORMATS[format].ext}`;
}

$('download').addEventListener('click', async () => {
  const format = $('export-format').value;
  const body = await exportText(format);
  if (body === null) return;
  const { FORMATS } = await exportModule();
  const url = URL.createObjectURL(new Blob([body], { type: `${FORMATS[format].type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(format, FORMATS);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say(`Saved ${a.download}`);
});

$('copy').addEventListener('click', async () => {
  const format = $('export-format').value;
  const body = await exportText(format);
  if (body === null) return;
  try {
    await navigator.clipboard.writeText(body);
  } catch {
    const area = document.createElement('textarea');
    area.value = body;
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  say(`Copied ${$('export-format').selectedOptions[0].textContent} to the clipboard`);
});

// ---------------------------------------------------------------- draft

let saveTimer = 0;
function saveDraftSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveDraft, ui.input.value.length > 100000 ? 1500 : 400);
}

function saveDraft() {
  clearTimeout(saveTimer);
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ text: ui.input.value, referenceDate: state.refOverride }));
  } catch {
    say('This draft is too large to keep in the browser’s storage.');
  }
}
window.addEventListener('pagehide', saveDraft);

function loadDraft() {
  try {
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) || 'null');
    if (saved && typeof saved.text === 'string') return saved;
  } catch { /* a broken draft is ignored */ }
  return null;
}

// ---------------------------------------------------------------- start

async function start() {
  const draft = loadDraft();
  if (draft) {
    ui.input.value = draft.text;
    state.refOverride = typeof draft.referenceDate === 'string' ? draft.referenceDate : '';
    if (state.refOverride) ui.refdate.value = state.refOverride;
  } else {
    try { ui.input.value = await sampleText(); } catch (error) { say(String(error.message)); }
  }
  // The text at once, plain, while the engine loads; the highlights replace it.
  if (!state.result) ui.reader.textContent = ui.input.value;
  // a restored draft that is the sample still gets the sample's date
  if (state.sample === null) await sampleText().catch(() => null);
  scheduleAnnotate({ now: true });
}

start();
