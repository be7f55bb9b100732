// Text in: rich-text paste and dropped files, reduced to plain text that
// keeps paragraphs and drops all markup.

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK']);
// Parts of a web page that are not the article.
const CHROME = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER']);

/**
 * Drops style sheets, and event-handler and style attributes inside tags,
 * before parsing: the parsed document is inert anyway, but it inherits the
 * page's Content-Security-Policy, which would log every inline handler and
 * style it refuses.
 */
function quiet(html) {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s(?:on[a-z]+|style)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

/**
 * The text of an HTML string, one paragraph per block, blank lines between.
 * `article` picks the page's main article (<article>, <main>, or the body
 * without navigation, headers and footers). The HTML is parsed into an inert
 * document (DOMParser): nothing in it runs or loads.
 */
export function htmlToText(html, { article = false } = {}) {
  const doc = new DOMParser().parseFromString(quiet(html), 'text/html');
  let root = doc.body || doc.documentElement;
  if (article) {
    const candidates = [...doc.querySelectorAll('article, main, [role=main]')];
    if (candidates.length) {
      root = candidates.reduce((best, el) => (el.textContent.length > best.textContent.length ? el : best));
    }
  }
  const blocks = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node, inPre) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        current += inPre ? child.nodeValue.replace(/\n/g, ' ') : child.nodeValue;
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (article && CHROME.has(tag) && root.tagName.toUpperCase() === 'BODY') continue;
        if (tag === 'BR') { flush(); continue; }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child, inPre || tag === 'PRE');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  return blocks.join('\n\n');
}

/** The article text of a dropped file (.txt, .md, .html); rejects other files. */
export async function fileToText(file) {
  const name = (file.name || '').toLowerCase();
  const text = await file.text();
  if (/\.html?$/.test(name) || file.type === 'text/html') return htmlToText(text, { article: true });
  if (/\.(txt|md|markdown|text)$/.test(name) || file.type.startsWith('text/')) return text.replace(/\r\n?/g, '\n');
  throw new Error(`${file.name}: only .txt, .md and .html files can be read`);
}
