// In-place annotation of an element the host page already shows.
//
// extractText() reads the element's visible text as the engine should see it:
// block elements and <br> become line breaks (the engine treats a line as a
// paragraph), collapsible whitespace is collapsed as CSS would render it, and
// every character keeps a pointer back to its text node and offset.
// highlight() then wraps each annotated range in <mark> elements: a range
// that crosses an inline element (a link, <em>, <strong>, <span>) becomes
// several marks, one per text node, so no element is ever moved, replaced or
// re-parsed and links and event handlers keep working.
//
// Restoring is exact: a highlighted text node is replaced by new nodes, never
// changed, and the original Text node object is kept; restore() puts each one
// back, so the element's innerHTML is byte for byte what it was.
//
// Article text is only ever written with Text nodes and setAttribute, never
// through innerHTML. (The marks are the fallback for browsers without the CSS
// Custom Highlight API; see element.js.)

import { domPieces } from '../core/plan.js';

/** Elements whose text is not article text. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'INPUT',
  'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'SVG',
  'math', 'MATH', 'ARTICLE-ANNOTATOR',
]);

/** Block-level boxes that separate lines rather than paragraphs. */
const LINE_DISPLAYS = new Set(['list-item', 'table-cell', 'table-caption']);

const PRESERVED_WHITESPACE = new Set(['pre', 'pre-wrap', 'break-spaces', 'pre-line']);

/** CSS collapsible whitespace (not the no-break space, which is content). */
const isCollapsible = (ch) => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';

/**
 * The element's text as the engine should read it, with a map back to the DOM.
 * Returns { text, nodes, charNode, charOffset }: character i of `text` comes
 * from nodes[charNode[i]].data[charOffset[i]], or is a synthetic line break
 * when charNode[i] is -1. With `range` ({ start, end }: two children of
 * `root`), only the nodes between them are read.
 */
export function extractText(root, range = null) {
  const steps = extractSteps(root, range);
  let next;
  while (!(next = steps.next()).done);
  return next.value;
}

/**
 * extractText() as a generator that yields now and then (every 64
 * elements), so that a long article can be read in slices; its return value
 * is extractText's.
 */
export function* extractSteps(root, range = null) {
  const view = root.ownerDocument.defaultView;
  const nodes = [];
  const chars = [];
  const charNode = [];
  const charOffset = [];
  let pendingBreaks = 0;

  const emit = (ch, node, offset) => {
    chars.push(ch);
    charNode.push(node);
    charOffset.push(offset);
  };
  const wantBreaks = (n) => {
    pendingBreaks = Math.max(pendingBreaks, n);
  };
  const flushBreaks = () => {
    if (pendingBreaks === 0) return;
    if (chars.length > 0) {
      // a space just before a line break is not rendered
      while (chars.length && chars[chars.length - 1] === ' ' && charNode[chars.length - 1] !== -1) {
        chars.pop();
        charNode.pop();
        charOffset.pop();
      }
      let trailing = 0;
      for (let i = chars.length - 1; i >= 0 && chars[i] === '\n'; i--) trailing++;
      for (let i = trailing; i < pendingBreaks; i++) emit('\n', -1, 0);
    }
    pendingBreaks = 0;
  };

  const text = (node, preserve) => {
    const data = node.data;
    if (!data) return;
    const index = nodes.length;
    nodes.push(node);
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (!preserve && isCollapsible(ch)) {
        const last = chars[chars.length - 1];
        if (pendingBreaks || chars.length === 0 || last === ' ' || last === '\n') continue;
        emit(' ', index, i);
      } else {
        flushBreaks();
        emit(ch === '\r' ? '\n' : ch, index, i);
      }
    }
  };

  let elements = 0;
  const walk = function* (element, preserve, first = element.firstChild, stop = null) {
    for (let child = first; child && child !== stop; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text(child, preserve);
        continue;
      }
      if (child.nodeType !== 1 || SKIPPED.has(child.tagName) || child.hidden) continue;
      if (++elements % 64 === 0) yield;
      if (child.tagName === 'BR') {
        wantBreaks(1);
        continue;
      }
      const style = view.getComputedStyle(child);
      if (style.display === 'none') continue;
      const inline = style.display.startsWith('inline') || style.display === 'contents' || style.display === 'ruby';
      const breaks = inline ? 0 : LINE_DISPLAYS.has(style.display) ? 1 : 2;
      if (breaks) wantBreaks(breaks);
      yield* walk(child, PRESERVED_WHITESPACE.has(style.whiteSpace) || style.whiteSpaceCollapse === 'preserve');
      if (breaks) wantBreaks(breaks);
    }
  };
  const rootStyle = view.getComputedStyle(root);
  const preserve = PRESERVED_WHITESPACE.has(rootStyle.whiteSpace);
  if (range) yield* walk(root, preserve, range.start.nextSibling, range.end);
  else yield* walk(root, preserve);
  while (chars.length && (chars[chars.length - 1] === ' ' || chars[chars.length - 1] === '\n')) {
    chars.pop();
    charNode.pop();
    charOffset.pop();
  }
  return {
    text: chars.join(''),
    nodes,
    charNode: Int32Array.from(charNode),
    charOffset: Int32Array.from(charOffset),
  };
}

/**
 * The comments `<!-- article-annotator:NAME -->` and
 * `<!-- /article-annotator:NAME -->` as { root, start, end }, or null.
 * A CMS that cannot wrap an article in an element of its own (a wrapper
 * would change which theme rules match) marks its bounds with them.
 */
export function findMarkedRange(doc, name) {
  const walker = doc.createTreeWalker(doc.body || doc.documentElement, 128 /* NodeFilter.SHOW_COMMENT */);
  const open = `article-annotator:${name}`;
  const close = `/article-annotator:${name}`;
  let start = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.trim();
    if (!start && text === open) start = node;
    else if (start && text === close && node.parentNode === start.parentNode) {
      return { root: start.parentNode, start, end: node };
    }
  }
  return null;
}

/**
 * Wraps the annotated ranges of `extraction` (from extractText) in marks.
 * `annotations` are the result's annotations with UTF-16 offsets into
 * extraction.text; `makeMark(index)` creates the (empty) element for
 * annotation `index`. Returns restore(), which puts the DOM back exactly.
 */
export function highlight(extraction, annotations, makeMark) {
  // For each text node: the pieces of annotations that fall in it.
  const pieces = new Map();
  domPieces(extraction, annotations).forEach((list, index) => {
    for (const { n, from, to } of list) {
      if (!pieces.has(n)) pieces.set(n, []);
      pieces.get(n).push({ index, from, to });
    }
  });
  const { nodes } = extraction;

  const records = [];
  for (const [n, list] of pieces) {
    const original = nodes[n];
    if (!original.parentNode) continue;
    list.sort((a, b) => a.from - b.from || b.to - a.to || a.index - b.index);
    const doc = original.ownerDocument;
    const fragment = doc.createDocumentFragment();
    build(fragment, original.data, 0, original.data.length, list, makeMark, doc);
    const inserted = [...fragment.childNodes];
    original.parentNode.replaceChild(fragment, original);
    records.push({ original, inserted });
  }

  let restored = false;
  return function restore() {
    if (restored) return;
    restored = true;
    for (let i = records.length - 1; i >= 0; i--) {
      const { original, inserted } = records[i];
      const anchor = inserted.find((node) => node.parentNode);
      if (!anchor) continue; // the host removed this part of the article meanwhile
      anchor.parentNode.insertBefore(original, anchor);
      for (const node of inserted) node.remove();
    }
  };
}

// Appends data[from, to) to `parent`, wrapping the pieces (sorted by start,
// longest first) in nested marks. A piece that starts inside another and
// ends after it is split at the outer one's end.
function build(parent, data, from, to, list, makeMark, doc) {
  let position = from;
  let queue = list;
  while (queue.length) {
    const piece = queue[0];
    const start = Math.max(piece.from, position);
    const end = Math.min(piece.to, to);
    if (start >= end) {
      queue = queue.slice(1);
      continue;
    }
    if (start > position) parent.appendChild(doc.createTextNode(data.slice(position, start)));
    const mark = makeMark(piece.index);
    parent.appendChild(mark);
    let j = 1;
    while (j < queue.length && queue[j].from < end) j++;
    const inner = queue.slice(1, j);
    build(mark, data, start, end, inner, makeMark, doc);
    position = end;
    queue = [...inner.filter((p) => p.to > end), ...queue.slice(j)];
  }
  if (position < to) parent.appendChild(doc.createTextNode(data.slice(position, to)));
}
