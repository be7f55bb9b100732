// Highlight planning, shared by the page, the widget and the exports.
//
// planSteps() sweeps the annotations' boundaries over a text: annotations
// may nest (a person inside a quote) or, rarely, cross; at a crossing the
// inner element is closed and reopened as a continuation, so every character
// is drawn exactly once and the text shown equals the input.
//
// domPieces() maps annotations onto the text nodes of a host article (the
// widget in place, from extractText's character map): the same plan, as
// (node, from, to) pieces, for <mark>s or for Highlight API ranges.

/**
 * Plans the rendering: a list of steps over `text` for `shown`, a list of
 * [index, annotation] pairs sorted by start then longest first.
 * Step kinds: {open: i, first: bool}, {close: true}, {text: string}, and
 * with `blocks`, {block: true} after each run of line breaks: the renderer
 * starts a new block there (the open highlights go on as continuations), so
 * that a long text is many small blocks rather than one huge one. The line
 * breaks stay in the text, so the text shown is still the input.
 * Plain data so that a long text can be rendered in slices.
 */
export function plan(text, shown, options) {
  return [...planSteps(text, shown, options)];
}

/** The steps of plan(), one at a time, so that a long text can be drawn in slices. */
export function* planSteps(text, shown, { blocks = false } = {}) {
  const starts = new Map();
  const ends = new Map();
  const byIndex = new Map();
  for (const [i, a] of shown) {
    if (!(a.end > a.start) || a.start < 0 || a.end > text.length) continue;
    byIndex.set(i, a);
    if (!starts.has(a.start)) starts.set(a.start, []);
    starts.get(a.start).push(i);
    if (!ends.has(a.end)) ends.set(a.end, []);
    ends.get(a.end).push(i);
  }
  const breaks = new Set();
  if (blocks) {
    const re = /\n+/g;
    let m;
    while ((m = re.exec(text))) if (m.index + m[0].length < text.length) breaks.add(m.index + m[0].length);
  }
  // Every boundary, in order (a typed array sorts numbers fast).
  const all = new Float64Array(starts.size + ends.size + breaks.size + 2);
  let n = 0;
  all[n++] = 0;
  all[n++] = text.length;
  for (const p of starts.keys()) all[n++] = p;
  for (const p of ends.keys()) all[n++] = p;
  for (const p of breaks) all[n++] = p;
  all.sort();
  const points = [];
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) points.push(all[k]);
  const stack = []; // annotation indices, innermost last
  for (let p = 0; p < points.length; p++) {
    const at = points[p];
    const endingHere = ends.get(at);
    if (endingHere) {
      const ending = new Set(endingHere);
      // Close every open element down to the outermost one that ends here, then
      // reopen the ones that go on as continuations.
      let outermost = -1;
      for (let s = 0; s < stack.length; s++) if (ending.has(stack[s])) { outermost = s; break; }
      if (outermost >= 0) {
        const reopen = [];
        while (stack.length > outermost) {
          const top = stack.pop();
          yield { close: true };
          if (!ending.has(top)) reopen.unshift(top);
        }
        for (const i of reopen) { stack.push(i); yield { open: i, first: false }; }
      }
    }
    if (breaks.has(at)) yield { block: true };
    const starting = (starts.get(at) || []).slice();
    // Outer (longer) first; ties keep the engine's order.
    starting.sort((x, y) => (byIndex.get(y).end - byIndex.get(x).end) || (x - y));
    for (const i of starting) { stack.push(i); yield { open: i, first: true }; }
    const next = points[p + 1];
    if (next !== undefined && next > at) yield { text: text.slice(at, next) };
  }
  while (stack.length) { stack.pop(); yield { close: true }; }
}

/**
 * For each annotation of `annotations` (UTF-16 offsets into extraction.text),
 * the pieces of text nodes it covers: pieces[index] = [{ node, from, to }],
 * in document order, a surrogate pair never split. `extraction` is
 * extractText's { nodes, charNode, charOffset }.
 */
export function domPieces(extraction, annotations) {
  const { nodes, charNode, charOffset } = extraction;
  return annotations.map((annotation) => {
    const start = Math.max(0, annotation.start | 0);
    const end = Math.min(charNode.length, annotation.end | 0);
    const out = [];
    let current = null;
    for (let i = start; i < end; i++) {
      const n = charNode[i];
      if (n < 0) continue;
      const offset = charOffset[i];
      // offsets rise within a node; a jump is collapsed whitespace, kept inside
      if (current && current.n === n) {
        current.to = Math.max(current.to, offset + 1);
        continue;
      }
      current = { n, node: nodes[n], from: offset, to: offset + 1 };
      out.push(current);
    }
    for (const piece of out) {
      piece.from = pairStart(piece.node.data, piece.from);
      piece.to = pairEnd(piece.node.data, piece.to);
    }
    return out;
  });
}

function pairStart(data, offset) {
  const code = data.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

function pairEnd(data, offset) {
  const code = data.charCodeAt(offset);
  return offset < data.length && code >= 0xdc00 && code <= 0xdfff ? offset + 1 : offset;
}
