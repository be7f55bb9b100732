// Host pages for the embedding tests: a news article inside a page whose CSS
// does its worst (global resets, !important everywhere, another root font
// size), served at made-up paths by page.route().
import { readFileSync } from 'node:fs';

export const SAMPLE = readFileSync(new URL('../../www/sample-article.txt', import.meta.url), 'utf8');

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const HOSTILE_CSS = `
html { font-size: 23px !important; }
* { margin: 0 !important; padding: 0 !important; box-sizing: content-box !important;
    font-family: Georgia, serif !important; line-height: 1.9 !important; color: #222 !important; }
body { padding: 16px !important; background: #fdfcf7 !important; }
p { margin-bottom: 12px !important; }
mark { background: yellow !important; color: red !important; display: block !important;
       padding: 30px !important; border: 4px solid black !important; font-size: 40px !important; }
button, textarea, input, label { all: unset !important; display: none !important; }
div, span, ul, li, ol { border: 2px dotted red !important; list-style: square !important; }
article-annotator { font-size: 41px !important; color: magenta !important; font-family: monospace !important; }
a { color: #0a58ca !important; text-decoration: underline !important; }
`;

/**
 * The sample article as HTML paragraphs, with inline markup placed where a
 * highlight must cross it: a link around a name, a name split over
 * <strong> and text, emphasis across a quotation's closing mark, a link
 * inside a quotation, and HTML source indentation and line breaks inside
 * paragraphs (which the reader never sees).
 */
export function articleHtml(text = SAMPLE) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 14);
  let html = paragraphs.map((p) => `    <p>\n      ${escapeHtml(p).replace(/ (?=\S{12})/, '\n      ')}\n    </p>`).join('\n');
  let links = 0;
  const once = (pattern, replace) => {
    html = html.replace(pattern, replace);
  };
  once(/Wang Wenbin, Foreign/, () => `<a href="#wang" id="link-${++links}">Wang Wenbin</a>, Foreign`);
  once(/the United States is “the top/, '<strong>the United</strong> States is “the <a href="#threat" id="link-x">top</a>');
  once(/global cybersecurity,” Wenbin claimed/, '<em>global cybersecurity,”</em> <span class="who">Wenbin</span> claimed');
  once(/Zhang Jun/, () => `<a href="#zhang" id="link-${++links}">Zhang</a> Jun`);
  once(/Washington and Beijing/, () => `<a href="#capitals" id="link-${++links}"><em>Washington</em> and Beijing</a>`);
  return html;
}

export function hostPage({ head = '', widget = '', article = articleHtml(), script = '' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <link rel="icon" href="data:,">
  <title>Host page</title>
  <style>${HOSTILE_CSS}</style>
  ${head}
</head>
<body>
  <h1 id="headline">China accuses the United States</h1>
  ${widget}
  <article id="post-body">
${article}
  </article>
  <p id="footer">Host footer <a href="#top" id="footer-link">top</a></p>
  ${script}
</body>
</html>`;
}

/** Serves `html` at `url` (any path under the test server) for this page. */
export async function serveHtml(page, url, html) {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** The computed styles and boxes of the host's own elements (not the widget). */
export async function hostSnapshot(page) {
  return page.evaluate(() => {
    const pick = (el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        font: `${s.fontFamily}|${s.fontSize}|${s.lineHeight}|${s.color}|${s.fontWeight}`,
        box: [r.width, r.height].map((v) => Math.round(v * 10) / 10),
      };
    };
    const els = [...document.querySelectorAll('#headline, #post-body, #post-body p, #post-body a, #footer, #footer-link')];
    return els.map((el) => ({ tag: el.tagName, ...pick(el) }));
  });
}
