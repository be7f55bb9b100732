// Builds the page into dist/site/ from www/ and dist/pkg (tools/build.sh runs it):
//
//   dist/site/index.html, style.css, sample-article.txt
//   dist/site/app.js + chunks/      the page, minified (esbuild); the side panel,
//                                   the world map, the exports and Readability are
//                                   chunks loaded when first needed
//   dist/site/embed/                the widget (tools/build-embed.mjs) with the
//                                   engine's worker and .wasm, which the page uses too
//
// www/ stays plain ES modules; only dist/ is bundled and minified.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { at, bundle } from './esbuild-common.mjs';

const site = at('dist/site');
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
for (const file of ['style.css', 'sample-article.txt']) cpSync(at('www', file), `${site}/${file}`);

const meta = await bundle({
  entryPoints: { app: at('www/app.js') },
  outdir: site,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // The page and the widget share one worker and one .wasm, in embed/.
  define: { AA_PAGE_WORKER: './embed/article-annotator.worker.js' },
});

// The entry's static imports are fetched as soon as the HTML is parsed.
const app = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === 'www/app.js');
const preload = [app[0], ...app[1].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)]
  .map((p) => `<link rel="modulepreload" href="./${relative(site, at(p))}">`);
let html = readFileSync(at('www/index.html'), 'utf8');
const script = '<script type="module" src="./app.js"></script>';
if (!html.includes(script)) throw new Error('www/index.html: no app.js script tag');
html = html.replace(script, `${preload.join('\n')}\n${script}`);
writeFileSync(`${site}/index.html`, html);
console.log(`built dist/site/ (${Object.keys(meta.outputs).filter((o) => o.endsWith('.js')).length} scripts)`);
