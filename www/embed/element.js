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
// Its own UI lives in a Shadow DOM: host CSS cannot reach it and its CSS
// cannot leak. Marks in an annotated article carry their look in inline
// !important styles, so global resets do not erase them, and add no
// padding, border or margin, so the article's layout does not move.
// Events: "annotated" (detail: the result), "annotator-error" (detail: Error).

import { parseKinds } from './api.js';
import { extractText, findMarkedRange, highlight } from './inplace.js';
import { findPageDate, isoDay } from './page-date.js';

const KIND_LABELS = {
  person: ['person', 'people'],
  place: ['place', 'places'],
  date: ['date', 'dates'],
  quote: ['quote', 'quotes'],
};

/** Mark colours: translucent, so they read on light and dark pages alike. */
const MARK_COLOURS = {
  person: ['rgba(37, 99, 235, 0.2)', 'rgb(37, 99, 235)'],
  place: ['rgba(5, 150, 105, 0.2)', 'rgb(5, 150, 105)'],
  date: ['rgba(217, 119, 6, 0.24)', 'rgb(217, 119, 6)'],
  quote: ['rgba(147, 51, 234, 0.1)', 'rgba(147, 51, 234, 0.75)'],
};

/** What a reader sees when hovering a mark. */
export function describe(annotation) {
  switch (annotation.kind) {
    case 'person':
      return `Person: ${annotation.text}`;
    case 'place': {
      const place = annotation.place;
      return place ? `Place: ${place.name}${place.countryCode ? ` (${place.countryCode})` : ''}` : `Place: ${annotation.text}`;
    }
    case 'date': {
      const date = annotation.date;
      if (!date || !date.value) return 'Date (not resolved)';
      return date.start && date.end ? `Date: ${date.start} to ${date.end}` : `Date: ${date.value}`;
    }
    case 'quote': {
      const speaker = annotation.quote && annotation.quote.speaker;
      return speaker ? `Quote by ${speaker.name}` : 'Quote (speaker not found)';
    }
    default:
      return annotation.kind;
  }
}

/** Creates the mark factory for one result: makeMark(index) → <mark>. */
export function markFactory(doc, annotations) {
  return (index) => {
    const annotation = annotations[index];
    const mark = doc.createElement('mark');
    const [fill, line] = MARK_COLOURS[annotation.kind] || MARK_COLOURS.quote;
    mark.setAttribute('data-aa-kind', annotation.kind);
    mark.setAttribute('data-aa-index', String(index));
    if (annotation.entity) mark.setAttribute('data-aa-entity', annotation.entity);
    if (annotation.date && annotation.date.value) mark.setAttribute('data-aa-value', annotation.date.value);
    if (annotation.quote && annotation.quote.speaker) mark.setAttribute('data-aa-speaker', annotation.quote.speaker.name);
    mark.setAttribute('title', describe(annotation));
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
.legend li[data-kind="person"] { background: rgba(37, 99, 235, 0.2); box-shadow: inset 0 -2px 0 rgb(37, 99, 235); }
.legend li[data-kind="place"] { background: rgba(5, 150, 105, 0.2); box-shadow: inset 0 -2px 0 rgb(5, 150, 105); }
.legend li[data-kind="date"] { background: rgba(217, 119, 6, 0.24); box-shadow: inset 0 -2px 0 rgb(217, 119, 6); }
.legend li[data-kind="quote"] { background: rgba(147, 51, 234, 0.1); box-shadow: inset 0 -2px 0 rgba(147, 51, 234, 0.75); }
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
      if (this.ownerDocument.readyState === 'loading') {
        this.ownerDocument.addEventListener('DOMContentLoaded', () => this._start(), { once: true });
      } else {
        queueMicrotask(() => this._start());
      }
    }

    disconnectedCallback() {
      this._run++; // an annotation under way must not land after this
      this._unhighlight();
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
        this._toggle.addEventListener('click', () => this.toggle());
        const box = el(
          'div',
          { class: 'box bar', part: 'toolbar' },
          el('span', { class: 'title', text: 'Article Annotator' }),
          this._toggle,
          this._legend,
          this._status,
        );
        this._root.append(box);
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
        go.addEventListener('click', () => this.annotate());
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
        this._setStatus(`Could not annotate: ${error && error.message ? error.message : error}`, true);
        this.dispatchEvent(new CustomEvent('annotator-error', { detail: error, bubbles: true, composed: true }));
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
      let extraction = extractText(content.root, content.range);
      let result = await api.annotate(extraction.text, this._options(date));
      if (run !== this._run) return;
      // The host may have changed the article while the engine worked.
      const now = this._content();
      if (!now || now.root !== content.root || extractText(now.root, now.range).text !== extraction.text) {
        content = now;
        if (!content) return;
        extraction = extractText(content.root, content.range);
        result = await api.annotate(extraction.text, this._options(date));
        if (run !== this._run) return;
      }
      this._unhighlight();
      this._restore = highlight(extraction, result.annotations, markFactory(this.ownerDocument, result.annotations));
      this._finish(result, source);
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
      highlight(extraction, result.annotations, markFactory(doc, result.annotations));
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
      const kinds = parseKinds(this.getAttribute('kinds')) || Object.keys(KIND_LABELS);
      this._legend.replaceChildren(
        ...kinds.map((kind) => {
          const li = this.ownerDocument.createElement('li');
          li.setAttribute('data-kind', kind);
          li.textContent = `${n[kind]} ${KIND_LABELS[kind][n[kind] === 1 ? 0 : 1]}`;
          return li;
        }),
      );
      const reference = result.referenceDate
        ? `dates resolved against ${result.referenceDate}${
            result.referenceDateSource === 'dateline' ? ' (dateline)' : source === 'page' ? ' (page date)' : ''
          }`
        : 'no reference date: relative dates are not resolved';
      this._setStatus(reference);
      if (this._toggle) this._toggle.setAttribute('aria-pressed', String(this.active));
      this.dispatchEvent(new CustomEvent('annotated', { detail: result, bubbles: true, composed: true }));
    }

    _unhighlight() {
      if (this._restore) {
        const restore = this._restore;
        this._restore = null;
        restore();
      }
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
