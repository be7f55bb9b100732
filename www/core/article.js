// Picking the article out of a web page, with Mozilla's Readability (the
// reader view of Firefox): for dropped and pasted HTML (the page) and for
// the bookmarklet (the widget). Readability is loaded only when needed.

/** Readability's class, loaded on first use. */
async function readability() {
  const m = await import('@mozilla/readability');
  return m.Readability || m.default.Readability; // a CommonJS package, as bundlers import it
}

/**
 * The article of `doc` (a Document, which Readability may change: pass a
 * copy) as an HTML string, or null when Readability finds none.
 */
export async function articleHtml(doc) {
  const Readability = await readability();
  // Readability goes by class names and roles; a page's HTML5 navigation
  // (<nav>, unnamed) is no article either.
  for (const nav of doc.querySelectorAll('nav')) nav.setAttribute('role', 'navigation');
  const article = new Readability(doc, { keepClasses: false, charThreshold: 20 }).parse();
  return article && article.content && article.textContent && article.textContent.trim() ? article.content : null;
}

const normalise = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * The element of the live page `doc` that holds its article: Readability
 * reads a copy of the page, and the element chosen is the smallest one that
 * holds the first and the last paragraph of the article it found. Falls
 * back to <body>.
 */
export async function findArticle(doc = document) {
  const html = await articleHtml(doc.cloneNode(true));
  if (!html) return doc.body;
  const found = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = [...found.querySelectorAll('p, li, blockquote, h2, h3')].map((p) => normalise(p.textContent)).filter((t) => t.length > 20);
  if (!paragraphs.length) return doc.body;
  const live = [...doc.body.querySelectorAll('p, li, blockquote, h2, h3, h1')];
  const locate = (text) => live.find((el) => normalise(el.textContent) === text) || live.find((el) => normalise(el.textContent).includes(text));
  const first = locate(paragraphs[0]);
  const last = locate(paragraphs[paragraphs.length - 1]) || first;
  if (!first) return doc.body;
  let common = first;
  while (common && !common.contains(last)) common = common.parentElement;
  // A single paragraph's text is not the article: take its container.
  if (common && common === first && common.parentElement) common = common.parentElement;
  return common || doc.body;
}
