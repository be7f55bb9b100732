// The bookmarklet's side: annotate the article of whatever page the reader
// is on. The bookmark itself is one line (see bookmarklet.html):
//   javascript:import('https://…/embed/article-annotator.js').then(m=>m.annotatePage())
// It needs the single-file module served with `Access-Control-Allow-Origin`
// (module imports are CORS requests); pages whose Content-Security-Policy
// forbids other origins' scripts cannot be annotated this way. The article is
// picked out of the page by Mozilla's Readability (core/article.js).

import { findArticle } from '../core/article.js';

export { findArticle };

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
  // The article is found by Readability (loaded now, not before); the element
  // joins the page once it knows what to annotate.
  findArticle(doc).then((article) => {
    element.target = article;
    doc.body.append(element);
  });
  return element;
}
