// <article-annotator>: the custom element.
//
//   <article-annotator>Text to annotate…</article-annotator>        editor mode
//   <article-annotator for="#post-body"></article-annotator>         in place
//   <article-annotator between="post-5"></article-annotator>         in place, the nodes
//       between <!-- article-annotator:post-5 --> and <!-- /article-annotator:post-5 -->
//
// Attributes:
//   for             a CSS selector of the host article to annotate in place;
//                   without it (and without `between`) the element is an
//                   editor (paste box + results)
//   between         NAME: annotate in place what lies between the comments
//                   <!-- article-annotator:NAME --> and <!-- /article-annotator:NAME -->
//                   (for a CMS where a wrapper element would change the layout)
//   kinds           which kinds to show: "person place date quote" (default all)
//   reference-date  YYYY-MM-DD that dates are resolved against; by default the
//                   page's own date (<time datetime>, article:published_time,
//                   JSON-LD datePublished), else a dateline in the text
//   theme           light | dark | auto (default auto: follows the reader's setting)
//
// Nothing is loaded (no worker, no WebAssembly) until the element comes near
// the viewport, or the reader asks (the toggle, the Annotate button, focus).
//
// In place, where the browser has the CSS Custom Highlight API, the
// highlights are painted over the article's own text: its DOM is never
// touched and its innerHTML stays byte for byte the same. Tooltips and
// keyboard navigation live in this element's Shadow DOM: one button per
// highlight (a roving tab stop; arrow keys or J/K move, Enter selects the
// person or place, Esc leaves), each shown as a ring positioned over its
// range, with a tooltip popover beside it; screen readers hear the
// highlight's text and what it is. Where the API is missing, the article's
// text nodes are wrapped in <mark>s instead (inplace.js), which carry their
// look in inline !important styles, so global resets do not erase them,
// and add no padding, border or margin, so the layout does not move.
//
// Its own UI lives in a Shadow DOM: host CSS cannot reach it and its CSS
// cannot leak.
// Events: "annotated" (detail: the result), "annotator-error" (detail: Error;
// also when the page's Content-Security-Policy forbids WebAssembly).

import { parseKinds } from './api.js';
import { extractSteps, findMarkedRange, highlight } from './inplace.js';
import { findPageDate, isoDay } from '../core/page-date.js';
import { KINDS, KIND_INFO, tint } from '../core/kinds.js';
import { label, fillTooltip } from '../core/describe.js';
import { languageNotice } from '../core/language.js';
import { domPieces } from '../core/plan.js';

/** A one-line description of a highlight: what a mark's title and a highlight's button say. */
export function describe(annotation, result) {
  const what = label(annotation, result || { entities: [] });
  return what.charAt(0).toUpperCase() + what.slice(1);
}

/** Whether this browser paints CSS Custom Highlights (else: <mark>s). */
function highlightApi() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

/** Lets the page handle input and paint between slices of work (no task over a few ms). */
const yieldToHost = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Runs the generator `steps` in slices of `ms`; resolves to its return value. */
async function sliced(steps, ms = 8) {
  let deadline = performance.now() + ms;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() > deadline) {
      await yieldToHost();
      deadline = performance.now() + ms;
    }
  }
}

/** Does compiling WebAssembly work in this document (a CSP without 'wasm-unsafe-eval' forbids it)? */
function wasmAllowed() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return true;
  } catch {
    return false;
  }
}

const CSP_MESSAGE = 'This page’s Content-Security-Policy does not allow WebAssembly (it needs \'wasm-unsafe-eval\'), so the annotator cannot run here.';

// The CSS Custom Highlights, one per kind (and the selected entity), shared
// by every element of the document: each adds and removes its own ranges.
const HIGHLIGHT_NAMES = [...KINDS.map((k) => `aa-${k}`), 'aa-selected'];
const sheets = new WeakMap();
function highlightRegistry(doc) {
  if (!sheets.has(doc)) {
    const view = doc.defaultView;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(
      KINDS.map((k) => `::highlight(aa-${k}) { background-color: ${tint(k, k === 'quote' ? 0.12 : 0.22)}; text-decoration: underline ${KIND_INFO[k].line} ${KIND_INFO[k].light.line}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`).join('\n') +
        '\n::highlight(aa-selected) { background-color: rgba(255, 214, 0, 0.55); }',
    );
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    for (const name of HIGHLIGHT_NAMES) {
      if (CSS.highlights.has(name)) continue;
      const highlight = new view.Highlight();
      // A person, place or date inside a quote paints over the quote's colour.
      highlight.priority = name === 'aa-quote' ? 0 : name === 'aa-selected' ? 2 : 1;
      CSS.highlights.set(name, highlight);
    }
    sheets.set(doc, sheet);
  }
  return Object.fromEntries(HIGHLIGHT_NAMES.map((name) => [name, CSS.highlights.get(name)]));
}

/** Creates the mark factory for one result: makeMark(index) → <mark>. */
export function markFactory(doc, annotations, result) {
  return (index) => {
    const annotation = annotations[index];
    const mark = doc.createElement('mark');
    const kind = KIND_INFO[annotation.kind] ? annotation.kind : 'quote';
    const fill = tint(kind, kind === 'quote' ? 0.1 : 0.2);
    const line = KIND_INFO[kind].light.line;
    mark.setAttribute('data-aa-kind', annotation.kind);
    mark.setAttribute('data-aa-index', String(index));
    if (annotation.entity) mark.setAttribute('data-aa-entity', annotation.entity);
    if (annotation.date && annotation.date.value) mark.setAttribute('data-aa-value', annotation.date.value);
    if (annotation.quote && annotation.quote.speaker) mark.setAttribute('data-aa-speaker', annotation.quote.speaker.name);
    mark.setAttribute('title', describe(annotation, result));
    // `all: unset` first: inherit the host's font and colour, drop any
    // padding, border or display a host rule gives <mark>; then our colours.
    const style = mark.style;
    style.setProperty('all', 'unset', 'important');
    style.setProperty('background-color', fill, 'important');
    style.setProperty('box-shadow', `inset 0 -2px 0 ${line}`, 'important');
    style.setProperty('border-radius', '2px', 'important');
    style.setProperty('-webkit-box-decoration-break', 'clone', 'important');
    style.setProperty('box-decoration-break', 'clone', 'important');
    style.setProperty('cursor', 'help', 'important');
    return mark;
  };
}

/** Counts annotations per kind. */
function counts(annotations) {
  const out = { person: 0, place: 0, date: 0, quote: 0 };
  for (const a of annotations) if (a.kind in out) out[a.kind]++;
  return out;
}

const STYLE = `
:host {
  /* Inherited text properties are pinned (a host's !important rules lose to
     these inside the shadow tree); the box (margin, width) stays the host's
     to place. */
  display: block !important;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif !important;
  color: #1f2933 !important;
  font-style: normal !important; font-weight: 400 !important; text-align: start !important;
  text-indent: 0 !important; text-transform: none !important; letter-spacing: normal !important;
  word-spacing: normal !important; white-space: normal !important; text-shadow: none !important;
  contain: content;
  --aa-bg: #ffffff; --aa-fg: #1f2933; --aa-muted: #5f6b7a; --aa-line: #cfd6de;
  --aa-accent: #2458c6; --aa-field: #ffffff;
  margin-block: 12px;
}
:host([hidden]) { display: none !important; }
:host([theme="dark"]) {
  color: #e6e9ee !important;
  --aa-bg: #1d2229; --aa-fg: #e6e9ee; --aa-muted: #a4adb9; --aa-line: #3b4450;
  --aa-accent: #8db4ff; --aa-field: #14181d;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {
    color: #e6e9ee !important;
    --aa-bg: #1d2229; --aa-fg: #e6e9ee; --aa-muted: #a4adb9; --aa-line: #3b4450;
    --aa-accent: #8db4ff; --aa-field: #14181d;
  }
}
* { box-sizing: border-box; }
.box {
  background: var(--aa-bg); color: var(--aa-fg);
  border: 1px solid var(--aa-line); border-radius: 8px; padding: 10px 12px;
}
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
.title { font-weight: 600; font-size: 14px; }
button {
  font: inherit; font-size: 14px; line-height: 1.2; color: var(--aa-fg);
  background: var(--aa-field); border: 1px solid var(--aa-line); border-radius: 6px;
  padding: 6px 10px; cursor: pointer; min-height: 32px;
}
button.primary { background: var(--aa-accent); color: var(--aa-bg); border-color: var(--aa-accent); }
button:focus-visible, textarea:focus-visible, input:focus-visible, .output:focus-visible {
  outline: 2px solid var(--aa-accent); outline-offset: 2px;
}
button[aria-pressed="true"] { background: var(--aa-accent); color: var(--aa-bg); border-color: var(--aa-accent); }
button[aria-pressed]::before { content: "○ "; }
button[aria-pressed="true"]::before { content: "● "; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
.legend li { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; }
${KINDS.map((k) => `.legend li[data-kind="${k}"] { background: ${tint(k, k === 'quote' ? 0.1 : 0.2)}; box-shadow: inset 0 -2px 0 ${KIND_INFO[k].light.line}; }`).join(' ')}
.status { font-size: 13px; color: var(--aa-muted); }
.status.error { color: #c0262d; }
label { font-size: 13px; font-weight: 600; display: block; margin-bottom: 4px; }
.row { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 8px 0; }
.row label { display: flex; flex-direction: column; gap: 2px; margin: 0; }
textarea, input {
  font: inherit; font-size: 14px; color: var(--aa-fg); background: var(--aa-field);
  border: 1px solid var(--aa-line); border-radius: 6px; padding: 6px 8px; width: 100%;
}
input[type="date"] { width: auto; color-scheme: light dark; }
textarea { min-height: 140px; resize: vertical; display: block; }
.output {
  white-space: pre-wrap; overflow-wrap: anywhere; margin-top: 10px; padding: 10px;
  border: 1px solid var(--aa-line); border-radius: 6px; max-height: 480px; overflow: auto;
}
.output:empty { display: none; }
.quotes { margin: 8px 0 0; padding-left: 20px; font-size: 14px; }
.quotes:empty { display: none; }
.quotes li { margin: 4px 0; }
.speaker { font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.nav { list-style: none; margin: 0; padding: 0; }
.nav:not(:focus-within) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.nav:focus-within { display: inline-block; font-size: 13px; color: var(--aa-muted); }
.nav [role="button"] { cursor: default; }
.nav [role="button"]:not(:focus) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.nav [role="button"]:focus { display: inline-block; max-width: 32em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; outline: 2px solid var(--aa-accent); outline-offset: 2px; border-radius: 4px; padding: 2px 6px; }
.ring, .tip { position: fixed; margin: 0; inset: auto; padding: 0; border: 0; overflow: visible; }
.ring { pointer-events: none; background: transparent; outline: 3px solid #b3261e; outline-offset: 1px; border-radius: 2px; }
.tip {
  max-width: 340px; background: #1d1d1f; color: #ffffff; border-radius: 8px; padding: 8px 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); pointer-events: none;
}
.tip .t-kind { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; opacity: .8; }
.tip .t-main { font-weight: 600; }
.tip .t-why { opacity: .75; font-size: 12px; }
.ring:not(:popover-open), .tip:not(:popover-open) { display: none; }
.ring.shown, .tip.shown { display: block; }
`;

/**
 * Defines the element (once) with the given API ({ annotate }).
 * Does nothing where there is no DOM (a Worker, Node).
 */
export function defineArticleAnnotator(api, tagName = 'article-annotator') {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return null;
  const existing = customElements.get(tagName);
  if (existing) return existing;

  class ArticleAnnotatorElement extends HTMLElement {
    static get observedAttributes() {
      return ['for', 'between', 'kinds', 'reference-date'];
    }

    constructor() {
      super();
      this.result = null;
      this._restore = null;
      this._run = 0;
      this._targetElement = null;
      this._root = this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      if (!this._built) this._build();
      // The ring and tooltip are fixed over the text: they follow it when the page scrolls.
      this._onScroll ||= () => {
        if (this._tipFor === undefined || !this._shownRing) return this._hideLayers();
        this._showAt(this._tipFor, this._rangesOf(this._tipFor), { ring: true });
      };
      this.ownerDocument.defaultView?.addEventListener('scroll', this._onScroll, { passive: true, capture: true });
      if (this.ownerDocument.readyState === 'loading') {
        this.ownerDocument.addEventListener('DOMContentLoaded', () => this._whenNeeded(), { once: true });
      } else {
        queueMicrotask(() => this._whenNeeded());
      }
    }

    disconnectedCallback() {
      this._run++; // an annotation under way must not land after this
      this.ownerDocument.defaultView?.removeEventListener('scroll', this._onScroll, true);
      this._unhighlight();
      if (this._observer) this._observer.disconnect();
      this._observer = null;
    }

    /**
     * Starts once the element (or, in place, its article) comes within a
     * screen of the viewport; until then nothing is loaded. Without
     * IntersectionObserver, at once.
     */
    _whenNeeded() {
      if (!this.isConnected || this._started || this._observer) return;
      const view = this.ownerDocument.defaultView;
      if (!view || typeof view.IntersectionObserver !== 'function') {
        this._start();
        return;
      }
      this._observer = new view.IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this._observer.disconnect();
        this._observer = null;
        this._start();
      }, { rootMargin: '100% 0px' });
      this._observer.observe(this);
      const content = this.inPlace && this._content();
      if (content && content.root !== this.ownerDocument.body) this._observer.observe(content.root);
    }

    attributeChangedCallback(name, before, after) {
      if (!this._started || before === after) return;
      if (name === 'for' || name === 'between') {
        this._unhighlight();
        this._build();
      }
      this._start();
    }

    /**
     * The element being annotated in place, or null in editor mode: the
     * `for` selector's match, or an element given by setting `target`.
     */
    get target() {
      if (this._targetElement) return this._targetElement;
      if (this.hasAttribute('between')) {
        const range = findMarkedRange(this.ownerDocument, this.getAttribute('between'));
        return range && range.root;
      }
      const selector = this.getAttribute('for');
      if (!selector) return null;
      try {
        return this.ownerDocument.querySelector(selector);
      } catch {
        return null;
      }
    }

    set target(element) {
      this._unhighlight();
      this._targetElement = element || null;
      if (this._built) this._build();
      if (this._started) this._start();
    }

    /** In place (a `for` selector or a target element) or editor mode. */
    get inPlace() {
      return this.hasAttribute('for') || this.hasAttribute('between') || !!this._targetElement;
    }

    /** In place: whether the highlights are shown. Setting it toggles them. */
    get active() {
      return this._restore !== null;
    }

    set active(on) {
      if (on && !this.active) {
        this.annotate();
      } else if (!on) {
        this._run++; // an annotation under way must not land after this
        this._unhighlight();
      }
    }

    /** In place: switches the highlights on or off. */
    toggle() {
      this.active = !this.active;
    }

    /** The text of the editor (editor mode). */
    get text() {
      return this._textarea ? this._textarea.value : '';
    }

    set text(value) {
      if (this._textarea) this._textarea.value = String(value ?? '');
    }

    _options(referenceDate) {
      const options = {};
      const kinds = parseKinds(this.getAttribute('kinds'));
      if (kinds) options.kinds = kinds;
      if (referenceDate) options.referenceDate = referenceDate;
      return options;
    }

    _referenceDate(article) {
      const given = this.getAttribute('reference-date');
      if (given && isoDay(given)) return { date: isoDay(given), source: 'given' };
      const page = findPageDate(this.ownerDocument, article);
      if (page) return { date: page, source: 'page' };
      return { date: null, source: 'none' };
    }

    _start() {
      if (!this.isConnected) return;
      if (this._observer) {
        this._observer.disconnect();
        this._observer = null;
      }
      this._started = true;
      if (this.inPlace) {
        this.annotate();
      } else if (this._textarea.value.trim()) {
        this.annotate();
      }
    }

    _build() {
      this._built = true;
      const doc = this.ownerDocument;
      const el = (tag, props = {}, ...children) => {
        const node = doc.createElement(tag);
        for (const [key, value] of Object.entries(props)) {
          if (key === 'text') node.textContent = value;
          else node.setAttribute(key, value);
        }
        node.append(...children);
        return node;
      };
      const style = el('style', { text: STYLE });
      this._status = el('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
      this._legend = el('ul', { class: 'legend', 'aria-label': 'Annotation kinds' });
      this._root.replaceChildren(style);
      if (this.inPlace) {
        this._toggle = el('button', { type: 'button', 'aria-pressed': 'false', part: 'toggle' });
        this._toggle.textContent = 'Highlights';
        this._toggle.addEventListener('click', () => {
          this._started = true; // the reader asked: no need to wait for the viewport
          this.toggle();
        });
        this._nav = el('ol', { class: 'nav', 'aria-label': 'Highlights in the article' });
        this._nav.addEventListener('keydown', (e) => this._navKey(e));
        this._nav.addEventListener('focusin', (e) => this._navFocus(e.target));
        this._nav.addEventListener('focusout', (e) => {
          if (!this._nav.contains(e.relatedTarget)) this._hideLayers();
        });
        this._ring = el('div', { class: 'ring', popover: 'manual', 'aria-hidden': 'true' });
        this._tip = el('div', { class: 'tip', popover: 'manual', role: 'tooltip', id: 'aa-tip', part: 'tooltip' });
        const box = el(
          'div',
          { class: 'box bar', part: 'toolbar' },
          el('span', { class: 'title', text: 'Article Annotator' }),
          this._toggle,
          this._nav,
          this._legend,
          this._status,
        );
        this._root.append(box, this._ring, this._tip);
        this._textarea = null;
      } else {
        const initial = dedent(this.textContent || '');
        this._textarea = el('textarea', { id: 'aa-text', spellcheck: 'false' });
        this._textarea.value = initial;
        this._date = el('input', { type: 'date', id: 'aa-date' });
        const given = isoDay(this.getAttribute('reference-date'));
        if (given) this._date.value = given;
        const go = el('button', { type: 'button', class: 'primary', part: 'button' });
        go.textContent = 'Annotate';
        go.addEventListener('click', () => {
          this._started = true;
          this.annotate();
        });
        this._output = el('div', { class: 'output', tabindex: '0', role: 'region', 'aria-label': 'Annotated text', part: 'output' });
        this._quotes = el('ol', { class: 'quotes', 'aria-label': 'Quotes' });
        const box = el(
          'div',
          { class: 'box', part: 'editor' },
          el('label', { for: 'aa-text', text: 'Article text' }),
          this._textarea,
          el('div', { class: 'row' }, el('label', {}, 'Reference date', this._date), go, this._status),
          this._legend,
          this._output,
          this._quotes,
        );
        this._root.append(box);
      }
    }

    /** Annotates (again): the target article in place, or the editor's text. */
    async annotate() {
      const run = ++this._run;
      this._setStatus('Annotating…');
      try {
        if (this.inPlace) await this._annotateInPlace(run);
        else await this._annotateEditor(run);
      } catch (error) {
        if (run !== this._run) return;
        const csp = (error && error.csp) || !wasmAllowed();
        this._setStatus(csp ? CSP_MESSAGE : `Could not annotate: ${error && error.message ? error.message : error}`, true);
        const detail = csp && !(error && error.csp) ? Object.assign(new Error(`${CSP_MESSAGE} (${error && error.message})`), { csp: true }) : error;
        this.dispatchEvent(new CustomEvent('annotator-error', { detail, bubbles: true, composed: true }));
      }
    }

    /** In place: what to read — { root, range } (range null for the whole root). */
    _content() {
      if (!this._targetElement && this.hasAttribute('between')) {
        const range = findMarkedRange(this.ownerDocument, this.getAttribute('between'));
        return range ? { root: range.root, range } : null;
      }
      const root = this.target;
      return root ? { root, range: null } : null;
    }

    async _annotateInPlace(run) {
      let content = this._content();
      if (!content) {
        const wanted = this.hasAttribute('between')
          ? `the comments <!-- article-annotator:${this.getAttribute('between')} -->…`
          : `“${this.getAttribute('for')}”`;
        this._setStatus(`Nothing to annotate: nothing on the page matches ${wanted}.`, true);
        return;
      }
      this._unhighlight();
      const { date, source } = this._referenceDate(content.root);
      // The host may change the article while the engine works: then read it again.
      let changed = false;
      const view = this.ownerDocument.defaultView;
      const watch = new view.MutationObserver(() => { changed = true; });
      let extraction;
      let result;
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          changed = false;
          watch.observe(content.root, { subtree: true, childList: true, characterData: true });
          extraction = await sliced(extractSteps(content.root, content.range));
          if (run !== this._run) return;
          result = await api.annotate(extraction.text, this._options(date));
          if (run !== this._run) return;
          watch.takeRecords();
          watch.disconnect();
          if (!changed) break;
          content = this._content();
          if (!content) return;
        }
      } finally {
        watch.disconnect();
      }
      this._unhighlight();
      const pieces = domPieces(extraction, result.annotations);
      if (highlightApi()) {
        this._restore = await this._paint(pieces, result, run);
        if (run !== this._run) {
          if (this._restore) this._unhighlight();
          return;
        }
      } else {
        const restore = highlight(extraction, result.annotations, markFactory(this.ownerDocument, result.annotations, result));
        this._restore = restore;
        this._marks = true;
      }
      this._pieces = pieces;
      this._content0 = content;
      this._finish(result, source);
      await this._buildNav(result, run);
    }

    /**
     * Paints the highlights with the CSS Custom Highlight API: one Range
     * per piece of text node, added to the kind's Highlight. Returns the
     * function that takes them away again.
     */
    async _paint(pieces, result, run) {
      const doc = this.ownerDocument;
      const registry = highlightRegistry(doc);
      const added = [];
      let deadline = performance.now() + 8;
      for (let i = 0; i < pieces.length; i++) {
        const highlight = registry[`aa-${result.annotations[i].kind}`];
        if (!highlight) continue;
        for (const piece of pieces[i]) {
          const range = doc.createRange();
          range.setStart(piece.node, piece.from);
          range.setEnd(piece.node, piece.to);
          piece.range = range;
          highlight.add(range);
          added.push([highlight, range]);
        }
        if (performance.now() > deadline) {
          await yieldToHost();
          if (run !== this._run) break;
          deadline = performance.now() + 8;
        }
      }
      this._onHover = (event) => this._hover(event);
      this._hoverRoot = this._content()?.root || null;
      if (this._hoverRoot) {
        this._hoverRoot.addEventListener('mousemove', this._onHover, { passive: true });
        this._hoverRoot.addEventListener('mouseleave', this._onHover, { passive: true });
      }
      return () => {
        for (const [highlight, range] of added) highlight.delete(range);
        registry['aa-selected'].clear();
        if (this._hoverRoot) {
          this._hoverRoot.removeEventListener('mousemove', this._onHover);
          this._hoverRoot.removeEventListener('mouseleave', this._onHover);
        }
        this._hoverRoot = null;
      };
    }

    /** The ranges of annotation `i`: its pieces (Highlight API), or its marks. */
    _rangesOf(i) {
      if (this._marks) {
        const target = this._content()?.root;
        const marks = target ? [...target.querySelectorAll(`mark[data-aa-index="${i}"]`)] : [];
        return marks.map((m) => {
          const r = this.ownerDocument.createRange();
          r.selectNodeContents(m);
          return r;
        });
      }
      return (this._pieces?.[i] || []).map((p) => p.range).filter(Boolean);
    }

    /** One button per highlight in the shadow DOM, built in slices: the keyboard's and screen readers' way through. */
    async _buildNav(result, run) {
      if (!this._nav) return;
      const doc = this.ownerDocument;
      this._nav.replaceChildren();
      let deadline = performance.now() + 8;
      let first = true;
      const order = result.annotations.map((a, i) => i).filter((i) => (this._pieces[i] || []).length);
      for (const i of order) {
        const a = result.annotations[i];
        const li = doc.createElement('li');
        // role=button on a span: the toolbar's <button>s stay the only buttons a host's script finds
        const button = doc.createElement('span');
        button.setAttribute('role', 'button');
        button.dataset.i = String(i);
        button.tabIndex = first ? 0 : -1;
        first = false;
        button.textContent = `“${a.text.length > 80 ? `${a.text.slice(0, 77)}…` : a.text}”, ${label(a, result)}`;
        li.append(button);
        this._nav.append(li);
        if (performance.now() > deadline) {
          await yieldToHost();
          if (run !== this._run) return;
          deadline = performance.now() + 8;
        }
      }
      this._nav.setAttribute('aria-label', `Highlights in the article: ${order.length}`);
    }

    _navKey(e) {
      const button = e.target.closest && e.target.closest('[data-i]');
      if (!button) return;
      const all = [...this._nav.querySelectorAll('[data-i]')];
      const at = all.indexOf(button);
      const moves = { ArrowRight: 1, ArrowDown: 1, j: 1, n: 1, ArrowLeft: -1, ArrowUp: -1, k: -1, p: -1, Home: -Infinity, End: Infinity };
      if (e.key in moves && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        const next = all[Math.max(0, Math.min(all.length - 1, at + moves[e.key]))];
        if (next && next !== button) {
          button.tabIndex = -1;
          next.tabIndex = 0;
          next.focus();
        }
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this._select(Number(button.dataset.i));
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this._select(null);
        this._hideLayers();
        if (this._toggle) this._toggle.focus();
      }
    }

    /** Marks every mention of annotation i's person or place (Highlight API), or clears with null. */
    _select(i) {
      if (this._marks || !highlightApi()) return;
      const selected = highlightRegistry(this.ownerDocument)['aa-selected'];
      selected.clear();
      const a = i === null ? null : this.result.annotations[i];
      if (!a || !a.entity) return;
      this.result.annotations.forEach((b, j) => {
        if (b.entity === a.entity) for (const r of this._rangesOf(j)) selected.add(r);
      });
    }

    _navFocus(button) {
      if (!button.dataset || button.dataset.i === undefined) return;
      const i = Number(button.dataset.i);
      const ranges = this._rangesOf(i);
      if (!ranges.length) return;
      const start = ranges[0].startContainer;
      const host = start.nodeType === 1 ? start : start.parentElement;
      const rect = ranges[0].getBoundingClientRect();
      const view = this.ownerDocument.defaultView;
      if (host && (rect.top < 0 || rect.bottom > view.innerHeight)) host.scrollIntoView({ block: 'center' });
      this._showAt(i, ranges, { ring: true });
      button.setAttribute('aria-describedby', 'aa-tip');
    }

    /** Hovering the article: the tooltip of the innermost highlight under the pointer. */
    _hover(event) {
      if (event.type === 'mouseleave' || !this.result) return this._hideLayers();
      const doc = this.ownerDocument;
      let node = null;
      let offset = 0;
      if (doc.caretPositionFromPoint) {
        const p = doc.caretPositionFromPoint(event.clientX, event.clientY);
        if (p) ({ offsetNode: node, offset } = p);
      } else if (doc.caretRangeFromPoint) {
        const r = doc.caretRangeFromPoint(event.clientX, event.clientY);
        if (r) ({ startContainer: node, startOffset: offset } = r);
      }
      let best = -1;
      let bestLength = Infinity;
      if (node && node.nodeType === 3) {
        this._byNode ||= this._indexPieces();
        for (const piece of this._byNode.get(node) || []) {
          if (offset < piece.from || offset >= piece.to) continue;
          const a = this.result.annotations[piece.i];
          // caret positions are between characters: check the pointer is on the piece
          const rect = piece.range && [...piece.range.getClientRects()].some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom);
          if (rect && a.end - a.start < bestLength) {
            best = piece.i;
            bestLength = a.end - a.start;
          }
        }
      }
      if (best < 0) return this._hideLayers();
      if (best !== this._tipFor) this._showAt(best, this._rangesOf(best), { ring: false });
    }

    _indexPieces() {
      const byNode = new Map();
      (this._pieces || []).forEach((list, i) => {
        for (const piece of list) {
          if (!byNode.has(piece.node)) byNode.set(piece.node, []);
          byNode.get(piece.node).push({ ...piece, i });
        }
      });
      return byNode;
    }

    /** Shows the tooltip for annotation i beside its first range (and the focus ring over it). */
    _showAt(i, ranges, { ring }) {
      const a = this.result && this.result.annotations[i];
      if (!a || !ranges.length) return;
      this._tipFor = i;
      this._shownRing = ring;
      fillTooltip(this._tip, a, this.result);
      const rects = [...ranges[0].getClientRects()];
      const first = rects[0] || ranges[0].getBoundingClientRect();
      if (ring) {
        const box = ranges.map((r) => r.getBoundingClientRect()).reduce((u, r) => ({
          left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom),
        }));
        Object.assign(this._ring.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.right - box.left}px`, height: `${box.bottom - box.top}px` });
        showLayer(this._ring);
      } else {
        hideLayer(this._ring);
      }
      showLayer(this._tip);
      const view = this.ownerDocument.defaultView;
      const tip = this._tip.getBoundingClientRect();
      const left = Math.max(8, Math.min(first.left, view.innerWidth - tip.width - 8));
      const below = first.bottom + 8;
      const top = below + tip.height > view.innerHeight && first.top > tip.height + 12 ? first.top - tip.height - 8 : below;
      Object.assign(this._tip.style, { left: `${left}px`, top: `${top}px` });
    }

    _hideLayers() {
      this._tipFor = undefined;
      if (this._tip) hideLayer(this._tip);
      if (this._ring) hideLayer(this._ring);
    }

    async _annotateEditor(run) {
      const text = this._textarea.value;
      const date = isoDay(this._date.value) || this._referenceDate(null).date;
      const source = isoDay(this._date.value) ? 'given' : date ? 'page' : 'none';
      const result = await api.annotate(text, this._options(date));
      if (run !== this._run) return;
      const doc = this.ownerDocument;
      const node = doc.createTextNode(text);
      this._output.replaceChildren(node);
      const extraction = {
        nodes: [node],
        charNode: new Int32Array(text.length),
        charOffset: Int32Array.from({ length: text.length }, (_, i) => i),
      };
      highlight(extraction, result.annotations, markFactory(doc, result.annotations, result));
      this._quotes.replaceChildren(
        ...result.annotations
          .filter((a) => a.kind === 'quote')
          .map((a) => {
            const speaker = a.quote && a.quote.speaker;
            const li = doc.createElement('li');
            const who = doc.createElement('span');
            who.className = 'speaker';
            who.textContent = speaker ? `${speaker.name}: ` : 'Unknown speaker: ';
            li.append(who, doc.createTextNode(a.text));
            return li;
          }),
      );
      this._finish(result, source);
    }

    _finish(result, source) {
      this.result = result;
      const n = counts(result.annotations);
      const kinds = parseKinds(this.getAttribute('kinds')) || KINDS;
      this._legend.replaceChildren(
        ...kinds.map((kind) => {
          const li = this.ownerDocument.createElement('li');
          li.setAttribute('data-kind', kind);
          li.textContent = `${n[kind]} ${n[kind] === 1 ? KIND_INFO[kind].one : KIND_INFO[kind].many}`;
          li.title = KIND_INFO[kind].description;
          return li;
        }),
      );
      const reference = result.referenceDate
        ? `dates resolved against ${result.referenceDate}${
            result.referenceDateSource === 'dateline' ? ' (dateline)' : source === 'page' ? ' (page date)' : ''
          }`
        : 'no reference date: relative dates are not resolved';
      this._setStatus(languageNotice(result) || reference);
      if (this._toggle) this._toggle.setAttribute('aria-pressed', String(this.active));
      this.dispatchEvent(new CustomEvent('annotated', { detail: result, bubbles: true, composed: true }));
    }

    _unhighlight() {
      if (this._restore) {
        const restore = this._restore;
        this._restore = null;
        restore();
      }
      this._pieces = null;
      this._byNode = null;
      this._marks = false;
      this._hideLayers();
      if (this._nav) this._nav.replaceChildren();
      if (this._toggle) this._toggle.setAttribute('aria-pressed', 'false');
    }

    _setStatus(message, isError = false) {
      if (!this._status) return;
      this._status.textContent = message;
      this._status.classList.toggle('error', isError);
    }
  }

  customElements.define(tagName, ArticleAnnotatorElement);
  return ArticleAnnotatorElement;
}

/** Removes the indentation HTML source gives a pasted text. */
function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** Shows a layer of the shadow DOM over the page: a popover in the top layer where there is one. */
function showLayer(el) {
  if (typeof el.showPopover === 'function') {
    if (!el.matches(':popover-open')) el.showPopover();
  } else {
    el.classList.add('shown');
  }
}

function hideLayer(el) {
  if (typeof el.hidePopover === 'function') {
    if (el.matches(':popover-open')) el.hidePopover();
  } else {
    el.classList.remove('shown');
  }
}
