// Builds dist/article-annotator.html: the whole page in one file (styles,
// scripts, the sample article and the WASM engine inlined as base64) that
// works opened from disk, offline. Run after tools/build.sh has made
// dist/pkg (tools/build.sh calls it).
//
//   node tools/build-single.mjs [--out dist/article-annotator.html]
//
// The page (www/app.js and everything it imports, lazy parts too) is one
// module script, bundled and minified by esbuild; the worker is a classic
// worker made from a Blob URL (Chromium refuses module workers from blob:
// URLs on file://), with the WebAssembly inlined.
import { readFileSync, writeFileSync } from 'node:fs';
import { at, bundle } from './esbuild-common.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const out = option('--out', 'dist/article-annotator.html');

// A JS string literal that is safe inside <script>.
const literal = (s) => JSON.stringify(s).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const wasm = readFileSync(at('dist/pkg/article_annotator_bg.wasm')).toString('base64');
const inlineWasm = {
  name: 'inline-wasm-source',
  setup(b) {
    b.onResolve({ filter: /\/wasm-source\.js$/ }, () => ({ path: 'wasm-source', namespace: 'aa' }));
    b.onLoad({ filter: /.*/, namespace: 'aa' }, () => ({
      contents: `const WASM_BASE64 = ${JSON.stringify(wasm)};
export async function engineModule() {
  return WebAssembly.compile(Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0)));
}`,
      loader: 'js',
    }));
  },
};

const text = (meta) => new TextDecoder().decode(meta.outputFiles[0].contents);
const worker = text(await bundle({ entryPoints: [at('www/core/worker.js')], format: 'iife', write: false, outdir: 'x', plugins: [inlineWasm], metafile: false, rawDefine: { 'import.meta.url': 'self.location.href' } }));
const page = text(await bundle({ entryPoints: [at('www/app.js')], write: false, outdir: 'x', metafile: false }));

const script = `globalThis.ARTICLE_ANNOTATOR_SAMPLE = ${literal(readFileSync(at('www/sample-article.txt'), 'utf8'))};
globalThis.ARTICLE_ANNOTATOR_WORKER_TYPE = 'classic';
globalThis.ARTICLE_ANNOTATOR_WORKER_URL = URL.createObjectURL(new Blob([${literal(worker)}], { type: 'text/javascript' }));
${page}`;

const CSP = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
let html = readFileSync(at('www/index.html'), 'utf8');
const replaceOnce = (pattern, replacement, what) => {
  if (!pattern.test(html)) throw new Error(`index.html: ${what} not found`);
  html = html.replace(pattern, () => replacement);
};
replaceOnce(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${CSP}">`, 'the CSP meta');
replaceOnce(/<link rel="stylesheet" href="\.\/style\.css">/, `<style>\n${readFileSync(at('www/style.css'), 'utf8')}</style>`, 'the stylesheet link');
replaceOnce(/<link rel="preload" href="\.\/sample-article\.txt"[^>]*>\n/, '', 'the sample preload');
replaceOnce(/<script type="module" src="\.\/app\.js"><\/script>/, `<script type="module">\n${script.replace(/<\/script/gi, '<\\/script')}</script>`, 'the app script');
writeFileSync(out, html);
console.log(`built ${out} (${Math.round(html.length / 1024)} KB)`);
