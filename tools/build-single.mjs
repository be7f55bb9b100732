// Builds dist/article-annotator.html: the whole page in one file (styles,
// scripts, the sample article and the WASM engine inlined as base64) that
// works opened from disk, offline. Run after tools/build.sh has made
// dist/site/ (tools/build.sh calls it).
//
//   node tools/build-single.mjs [--site dist/site] [--out dist/article-annotator.html]
//
// The page's ES modules are joined into one module script: each becomes a
// function scope whose exports later modules read (the page's imports are all
// of the form `import { a, b } from './x.js';`). The worker is made from a
// Blob URL.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const site = option('--site', 'dist/site');
const out = option('--out', 'dist/article-annotator.html');
const read = (path) => readFileSync(join(site, path), 'utf8');

// A JS string literal that is safe inside <script>.
const literal = (s) => JSON.stringify(s).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** One ES module as a function scope: imports read earlier modules, exports are returned. */
function wrapModule(name, source) {
  const exported = [];
  let body = source.replace(/^import\s+\{([^}]*)\}\s+from\s+'(\.\/[^']+)';$/gm, (_, names, from) => `const {${names}} = __modules[${literal(from)}];`);
  if (/^import\s/m.test(body)) throw new Error(`${name}: an import this bundler does not handle`);
  body = body.replace(/^export\s+(async\s+function\*?|function\*?|const|let|class)\s*([A-Za-z_$][\w$]*)/gm, (_, kind, id) => {
    exported.push(id);
    return `${kind} ${id}`;
  });
  if (/^export\s/m.test(body)) throw new Error(`${name}: an export this bundler does not handle`);
  return `__modules[${literal('./' + name)}] = (() => {\n${body}\nreturn { ${exported.join(', ')} };\n})();\n`;
}

// The page's modules, each after the ones it imports.
const ORDER = ['render.js', 'worldmap.js', 'panel.js', 'textio.js', 'export.js', 'engine.js', 'app.js'];
const seen = new Set();
for (const name of ORDER) {
  for (const [, from] of read(name).matchAll(/^import\s.*from\s+'\.\/([^']+)';$/gm)) {
    if (!seen.has(from)) throw new Error(`${name} imports ${from}, which must come earlier in ORDER`);
  }
  seen.add(name);
}

// The worker: the engine's JS glue with its exports made local, the WASM as
// base64, and worker.js's message handling.
const glue = read('pkg/article_annotator.js')
  .replace(/^export function /gm, 'function ')
  .replace(/^export \{[^}]*\};?$/gm, '')
  // A classic worker (Chromium refuses module workers from blob: URLs on file://).
  .replace(/import\.meta\.url/g, 'self.location.href');
if (/^export\s/m.test(glue)) throw new Error('pkg/article_annotator.js: an export this bundler does not handle');
const wasm = readFileSync(join(site, 'pkg/article_annotator_bg.wasm')).toString('base64');
const workerSource = read('worker.js').replace(/\/\/ <engine>[\s\S]*\/\/ <\/engine>/, () => `${glue}
const WASM_BASE64 = ${JSON.stringify(wasm)};
async function loadEngine() {
  const bytes = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
  initSync({ module: bytes });
}`);
if (workerSource.includes("from './pkg/")) throw new Error('worker.js: the <engine> markers were not found');

const script = `const __modules = {};
globalThis.ARTICLE_ANNOTATOR_SAMPLE = ${literal(read('sample-article.txt'))};
globalThis.ARTICLE_ANNOTATOR_WORKER_TYPE = 'classic';
globalThis.ARTICLE_ANNOTATOR_WORKER_URL = URL.createObjectURL(new Blob([${literal(workerSource)}], { type: 'text/javascript' }));
${ORDER.map((name) => wrapModule(name, read(name))).join('\n')}`;

const CSP = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
let html = read('index.html');
const replaceOnce = (pattern, replacement, what) => {
  if (!pattern.test(html)) throw new Error(`index.html: ${what} not found`);
  html = html.replace(pattern, () => replacement);
};
replaceOnce(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${CSP}">`, 'the CSP meta');
replaceOnce(/<link rel="stylesheet" href="\.\/style\.css">/, `<style>\n${read('style.css')}</style>`, 'the stylesheet link');
replaceOnce(/<script type="module" src="\.\/app\.js"><\/script>/, `<script type="module">\n${script.replace(/<\/script/gi, '<\\/script')}</script>`, 'the app script');
writeFileSync(out, html);
console.log(`built ${out} (${Math.round(html.length / 1024)} KB)`);
