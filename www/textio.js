// Text in: rich-text paste and dropped files, reduced to plain text that
// keeps paragraphs and drops all markup. A whole web page (a dropped .html
// file, or a paste of one) is first reduced to its article by Readability
// (core/article.js).

import { articleHtml } from './core/article.js';

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK']);

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

/** An inert document (DOMParser) of `html`: nothing in it runs or loads. */
function parse(html) {
  return new DOMParser().parseFromString(quiet(html), 'text/html');
}

/** Whether `html` holds more than an article: a page's navigation, header, footer or sidebar. */
function hasPageChrome(html) {
  return /<(?:article|main|nav|header|footer|aside)\b/i.test(html);
}

/**
 * The text of an HTML string, one paragraph per block, blank lines between.
 * With `article: true` (a dropped file) the page is first reduced to its
 * article by Readability; with 'auto' (a paste) only when it holds a page's
 * navigation or sidebars too, so that a selection of text is kept whole. A
 * page where Readability finds no article is read whole.
 */
export async function htmlToText(html, { article = false } = {}) {
  if (article === true || (article === 'auto' && hasPageChrome(html))) {
    const content = await articleHtml(parse(html)).catch(() => null);
    if (content) {
      const text = blocksOf(parse(content).body);
      if (text) return text;
    }
  }
  const doc = parse(html);
  return blocksOf(doc.body || doc.documentElement);
}

/** The text under `root`, one paragraph per block. */
function blocksOf(root) {
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
