// Builds the embeddable forms of the Article Annotator from dist/pkg (the
// wasm-bindgen output of tools/build.sh) and www/embed/ + www/core/, with
// esbuild (minified):
//
//   dist/article-annotator.js            the widget and API: an ES module that runs the
//   dist/article-annotator.worker.js     engine in this module Worker, which compiles
//   dist/article_annotator_bg.wasm       this .wasm (one cacheable file for every page)
//   dist/article-annotator-*.js          chunks loaded when needed (Readability for the
//                                        bookmarklet; the engine's glue in a Worker)
//   dist/article-annotator.single.js     the same in one self-contained file (WASM inlined)
//   dist/*.d.ts                          their types
//   dist/npm/                            the npm package directory
//   dist/site/embed/                     the widget as the site serves it (the page
//                                        shares its worker and .wasm), the bookmarklet
//   dist/wordpress/article-annotator/    the WordPress plugin folder
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { at, bundle } from './esbuild-common.mjs';

const read = (...parts) => readFileSync(at(...parts), 'utf8');
const fail = (message) => {
  console.error(`build-embed: ${message}`);
  process.exit(1);
};

const cargo = read('Cargo.toml');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? fail('no version in Cargo.toml');
if (!existsSync(at('dist/pkg/article_annotator_bg.wasm'))) fail('dist/pkg is missing: run tools/build.sh');

const BANNER = `// Article Annotator ${version}: quotes (with speakers), dates, people and places in news
// articles, found in the browser. Licence: MIT OR Apache-2.0. Built by tools/build-embed.sh.`;

// --- the widget: module + worker + .wasm (+ chunks) ------------------------
const out = at('dist/embed-build');
rmSync(out, { recursive: true, force: true });
const WIDGET_DEFINES = { AA_WIDGET_WORKER: './article-annotator.worker.js', AA_WASM_FILE: './article_annotator_bg.wasm' };
await bundle({
  entryPoints: { 'article-annotator': at('www/embed/index.js') },
  outdir: out,
  splitting: true,
  chunkNames: 'article-annotator-[name]-[hash]',
  banner: { js: BANNER },
  define: WIDGET_DEFINES,
});
await bundle({
  entryPoints: { 'article-annotator.worker': at('www/core/worker.js') },
  outdir: out,
  banner: { js: BANNER },
  define: WIDGET_DEFINES,
});
cpSync(at('dist/pkg/article_annotator_bg.wasm'), join(out, 'article_annotator_bg.wasm'));

// --- the single self-contained module --------------------------------------
const wasm = readFileSync(at('dist/pkg/article_annotator_bg.wasm'));
const inlineWasm = {
  name: 'inline-wasm',
  setup(b) {
    b.onResolve({ filter: /^aa:inline-wasm$/ }, () => ({ path: 'inline-wasm', namespace: 'aa' }));
    b.onLoad({ filter: /.*/, namespace: 'aa' }, () => ({
      contents: `export const WASM_GZIP_BASE64 = ${JSON.stringify(gzipSync(wasm, { level: 9 }).toString('base64'))};`,
      loader: 'js',
    }));
  },
};
await bundle({
  entryPoints: { 'article-annotator.single': at('www/embed/single.js') },
  outdir: out,
  banner: { js: `${BANNER}\n// One self-contained ES module: the WebAssembly engine is inlined.` },
  plugins: [inlineWasm],
  define: WIDGET_DEFINES,
});

const widgetFiles = readdirSync(out);

// --- types -----------------------------------------------------------------
const glueTypes = read('dist/pkg/article_annotator.d.ts');
const interfaceEnd = glueTypes.search(/^export function /m);
if (interfaceEnd < 0) fail('unexpected article_annotator.d.ts');
const apiTypes = read('www/embed/index.d.ts');
const standaloneTypes = apiTypes
  .replace(/^import type .*\n/m, '')
  .replace(/^export type \{[^}]*\};\n/m, glueTypes.slice(0, interfaceEnd).replace(/^\/\* tslint:disable \*\/\n|^\/\* eslint-disable \*\/\n/gm, ''));

// --- dist/ and the site's embed/ ----------------------------------------------
for (const file of readdirSync(at('dist'))) {
  if (/^article[-_]annotator(?![.]html$)/.test(file)) rmSync(at('dist', file), { recursive: true, force: true });
}
for (const file of widgetFiles) cpSync(join(out, file), at('dist', file));
writeFileSync(at('dist/article-annotator.d.ts'), standaloneTypes);
writeFileSync(at('dist/article-annotator.single.d.ts'), standaloneTypes);
if (existsSync(at('dist/site'))) {
  const embed = at('dist/site/embed');
  mkdirSync(embed, { recursive: true });
  for (const file of widgetFiles) if (file !== 'article-annotator.single.js') cpSync(join(out, file), join(embed, file));
  cpSync(at('www/embed/bookmarklet.html'), join(embed, 'bookmarklet.html'));
  await bundle({ entryPoints: { 'bookmarklet-page': at('www/embed/bookmarklet-page.js') }, outdir: embed });
}

// --- the npm package directory --------------------------------------------
const npm = at('dist/npm');
rmSync(npm, { recursive: true, force: true });
mkdirSync(npm, { recursive: true });
for (const file of widgetFiles) cpSync(join(out, file), join(npm, file));
// The browser entry under the package's usual name too (same module).
cpSync(join(out, 'article-annotator.js'), join(npm, 'index.js'));
await bundle({
  entryPoints: { node: at('www/embed/node.js') },
  outdir: npm,
  platform: 'node',
  banner: { js: BANNER },
  define: { AA_WASM_FILE: './article_annotator_bg.wasm' },
});
writeFileSync(join(npm, 'index.d.ts'), standaloneTypes);
writeFileSync(join(npm, 'article-annotator.d.ts'), standaloneTypes);
writeFileSync(join(npm, 'article-annotator.single.d.ts'), standaloneTypes);
cpSync(at('www/embed/README.md'), join(npm, 'README.md'));
const packageJson = {
  name: 'article-annotator',
  version,
  description: 'Finds quotes (with speakers), dates (resolved), people and places in news articles, in the browser, a Worker or Node (WebAssembly).',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './node.js',
  module: './index.js',
  browser: './index.js',
  types: './index.d.ts',
  exports: {
    '.': {
      types: './index.d.ts',
      node: './node.js',
      default: './index.js',
    },
    './single': {
      types: './article-annotator.single.d.ts',
      default: './article-annotator.single.js',
    },
    './package.json': './package.json',
  },
  files: ['*.js', '*.d.ts', '*.wasm', 'README.md'],
  sideEffects: ['./index.js', './article-annotator.js', './article-annotator.single.js'],
  keywords: ['nlp', 'news', 'quotes', 'ner', 'timex', 'web-component', 'wasm'],
  engines: { node: '>=18' },
};
writeFileSync(join(npm, 'package.json'), JSON.stringify(packageJson, null, 2) + '\n');

// --- the WordPress plugin folder ------------------------------------------
const plugin = at('dist/wordpress/article-annotator');
rmSync(at('dist/wordpress'), { recursive: true, force: true });
cpSync(at('wordpress/article-annotator'), plugin, { recursive: true });
mkdirSync(join(plugin, 'assets'), { recursive: true });
for (const file of widgetFiles) if (file !== 'article-annotator.single.js') cpSync(join(out, file), join(plugin, 'assets', file));
const php = join(plugin, 'article-annotator.php');
writeFileSync(php, readFileSync(php, 'utf8').replaceAll('{{VERSION}}', version));
rmSync(out, { recursive: true, force: true });

const size = (f) => `${(readFileSync(at('dist', f)).length / 1024).toFixed(0)} KB, ${(gzipSync(readFileSync(at('dist', f)), { level: 9 }).length / 1024).toFixed(0)} KB gzip`;
console.log(
  `built dist/article-annotator.js (${size('article-annotator.js')}) + .worker.js (${size('article-annotator.worker.js')}) + .wasm (${size('article_annotator_bg.wasm')}); ` +
    `dist/article-annotator.single.js (${size('article-annotator.single.js')}); dist/npm/, dist/site/embed/, dist/wordpress/article-annotator/`,
);
