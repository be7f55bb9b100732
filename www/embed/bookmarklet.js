// The bookmarklet's side: annotate the article of whatever page the reader
// is on. The bookmark itself is one line (see bookmarklet.html):
//   javascript:import('https://…/embed/article-annotator.js').then(m=>m.annotatePage())
// It needs the single-file module served with `Access-Control-Allow-Origin`
// (module imports are CORS requests); pages whose Content-Security-Policy
// forbids other origins' scripts cannot be annotated this way.

/** The page's article: the largest of the usual containers, else the block with the most paragraph text. */
export function findArticle(doc = document) {
  const candidates = [
    ...doc.querySelectorAll('[itemprop="articleBody"], article, [role="article"], main, [role="main"], .entry-content, .post-content, .article-body'),
  ];
  const textLength = (el) => (el.innerText || el.textContent || '').trim().length;
  let best = null;
  let bestLength = 0;
  for (const el of candidates) {
    const length = textLength(el);
    // a smaller container (the article inside <main>) wins when it holds most of the text
    if (length > bestLength * 1.25 || (best && best.contains(el) && length > bestLength * 0.6)) {
      best = el;
      bestLength = length;
    }
  }
  if (best && bestLength > 200) return best;
  // No semantic container: the parent of the most paragraph text.
  const scores = new Map();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) || 0) + textLength(p));
  }
  let winner = null;
  let top = 0;
  for (const [el, score] of scores) {
    if (score > top) {
      winner = el;
      top = score;
    }
  }
  return winner || doc.body;
}

/**
 * Annotates the page's article in place, with a floating toolbar; a second
 * call switches the highlights off or on again. Returns the element.
 */
export function annotatePage(doc = document) {
  const existing = doc.querySelector('article-annotator[data-bookmarklet]');
  if (existing) {
    existing.toggle();
    return existing;
  }
  const element = doc.createElement('article-annotator');
  element.setAttribute('data-bookmarklet', '');
  // Floating, so the page's own layout does not move.
  for (const [property, value] of [
    ['position', 'fixed'],
    ['right', '12px'],
    ['bottom', '12px'],
    ['z-index', '2147483647'],
    ['max-width', 'min(720px, calc(100vw - 24px))'],
    ['margin', '0'],
  ]) {
    element.style.setProperty(property, value, 'important');
  }
  element.target = findArticle(doc);
  doc.body.append(element);
  return element;
}
