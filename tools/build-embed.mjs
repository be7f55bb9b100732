// Builds the embeddable forms of the Article Annotator from dist/pkg (the
// wasm-bindgen output of tools/build.sh) and www/embed/:
//
//   dist/article-annotator.js        one self-contained ES module, WASM inlined
//   dist/article-annotator.d.ts      its types
//   dist/npm/                        the npm package directory
//   dist/site/embed/article-annotator.js   the single file, served by the site
//                                    (the bookmarklet loads it from there)
//   dist/wordpress/article-annotator/     the WordPress plugin folder
//
// The single file is made by concatenation, not a bundler: the engine's glue
// is wrapped in a function scope and the www/embed modules (which import
// only each other, on one line each) lose their import lines and export
// keywords. Anything unexpected stops the build with a message.
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(root, ...parts);
const read = (...parts) => readFileSync(at(...parts), 'utf8');
const fail = (message) => {
  console.error(`build-embed: ${message}`);
  process.exit(1);
};

const cargo = read('Cargo.toml');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? fail('no version in Cargo.toml');
if (!existsSync(at('dist/pkg/article_annotator_bg.wasm'))) fail('dist/pkg is missing: run tools/build.sh');

// --- the single self-contained module -------------------------------------
function glueInScope() {
  let glue = read('dist/pkg/article_annotator.js');
  const exportList = /^export \{[^}]*\};?\s*$/m;
  if (!exportList.test(glue)) fail("the wasm-bindgen glue has no 'export { … }' line: its format changed");
  glue = glue.replace(exportList, '');
  glue = glue.replace(/^export (async function|function|class|const|let) /gm, '$1 ');
  if (/^\s*(export|import)\b/m.test(glue)) fail('the wasm-bindgen glue has an import or export the build does not know');
  return `const engineGlue = (() => {\n${glue}\nreturn { annotate, version, init: __wbg_init };\n})();`;
}

function moduleBody(file) {
  const source = read('www/embed', file);
  const lines = source.split('\n').filter((line) => !/^import .* from '\.\/[\w-]+\.js';$/.test(line));
  const body = lines
    .join('\n')
    .replace(/^export (async function|function|class|const|let) /gm, '$1 ');
  const stray = /^\s*(export|import)\b.*$/m.exec(body);
  if (stray) fail(`www/embed/${file}: cannot inline the line '${stray[0].trim()}'`);
  return `// ---- www/embed/${file}\n${body.trim()}\n`;
}

const wasm = readFileSync(at('dist/pkg/article_annotator_bg.wasm'));
const single = `// Article Annotator ${version}: quotes (with speakers), dates, people and places
// in news articles, found in the browser. One self-contained ES module: the
// WebAssembly engine is inlined (compiled on the first annotate()), and
// importing it in a page defines <article-annotator>.
//   <script type="module" src="article-annotator.js"></script>
//   import { annotate } from './article-annotator.js';
// Licence: MIT OR Apache-2.0. Built by tools/build-embed.sh; do not edit.
${glueInScope()}

const WASM_GZIP_BASE64 = '${gzipSync(wasm, { level: 9 }).toString('base64')}';

// The WebAssembly is inlined gzipped (a file 2.5 times smaller for hosts
// that do not compress scripts), inflated with the platform's own
// DecompressionStream (browsers since 2023, Node 18) and compiled
// asynchronously, so the page's main thread is not blocked meanwhile.
async function loadEngine() {
  if (typeof DecompressionStream === 'undefined') {
    throw new Error('Article Annotator needs a browser with DecompressionStream (Chrome 80, Firefox 113, Safari 16.4 or later)');
  }
  const binary = atob(WASM_GZIP_BASE64);
  const packed = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) packed[i] = binary.charCodeAt(i);
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bytes = await new Response(stream).arrayBuffer();
  await engineGlue.init({ module_or_path: bytes });
  return engineGlue;
}

${['api.js', 'page-date.js', 'inplace.js', 'element.js', 'bookmarklet.js'].map(moduleBody).join('\n')}
const api = createApi(loadEngine);
const annotate = api.annotate;
const ready = api.ready;
const version = api.version;
defineArticleAnnotator(api);

export { annotate, ready, version, defineArticleAnnotator, findPageDate, annotatePage, findArticle };
`;

const glueTypes = read('dist/pkg/article_annotator.d.ts');
const interfaceEnd = glueTypes.search(/^export function /m);
if (interfaceEnd < 0) fail('unexpected article_annotator.d.ts');
const apiTypes = read('www/embed/index.d.ts');
const standaloneTypes = apiTypes
  .replace(/^import type .*\n/m, '')
  .replace(/^export type \{[^}]*\};\n/m, glueTypes.slice(0, interfaceEnd).replace(/^\/\* tslint:disable \*\/\n|^\/\* eslint-disable \*\/\n/gm, ''));

mkdirSync(at('dist'), { recursive: true });
writeFileSync(at('dist/article-annotator.js'), single);
writeFileSync(at('dist/article-annotator.d.ts'), standaloneTypes);
if (existsSync(at('dist/site'))) {
  mkdirSync(at('dist/site/embed'), { recursive: true });
  writeFileSync(at('dist/site/embed/article-annotator.js'), single);
}

// --- the npm package directory --------------------------------------------
const npm = at('dist/npm');
rmSync(npm, { recursive: true, force: true });
mkdirSync(npm, { recursive: true });
for (const file of ['article_annotator.js', 'article_annotator_bg.wasm', 'article_annotator.d.ts']) {
  cpSync(at('dist/pkg', file), join(npm, file));
}
for (const file of ['api.js', 'element.js', 'inplace.js', 'page-date.js', 'bookmarklet.js', 'index.js', 'node.js', 'engine-web.js', 'engine-node.js', 'index.d.ts']) {
  // The site keeps the engine in ../pkg/; the package keeps it beside the modules.
  writeFileSync(join(npm, file), read('www/embed', file).replaceAll("'../pkg/", "'./"));
}
writeFileSync(join(npm, 'article-annotator.js'), single);
writeFileSync(join(npm, 'article-annotator.d.ts'), standaloneTypes);
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
      types: './article-annotator.d.ts',
      default: './article-annotator.js',
    },
    './package.json': './package.json',
  },
  files: ['*.js', '*.d.ts', '*.wasm', 'README.md'],
  sideEffects: ['./index.js', './article-annotator.js'],
  keywords: ['nlp', 'news', 'quotes', 'ner', 'timex', 'web-component', 'wasm'],
  engines: { node: '>=18' },
};
writeFileSync(join(npm, 'package.json'), JSON.stringify(packageJson, null, 2) + '\n');

// --- the WordPress plugin folder ------------------------------------------
const plugin = at('dist/wordpress/article-annotator');
rmSync(at('dist/wordpress'), { recursive: true, force: true });
cpSync(at('wordpress/article-annotator'), plugin, { recursive: true });
mkdirSync(join(plugin, 'assets'), { recursive: true });
writeFileSync(join(plugin, 'assets/article-annotator.js'), single);
const php = join(plugin, 'article-annotator.php');
writeFileSync(php, readFileSync(php, 'utf8').replaceAll('{{VERSION}}', version));

console.log(
  `built dist/article-annotator.js (${single.length} bytes, wasm ${wasm.length} bytes inlined gzipped), dist/npm/, dist/wordpress/article-annotator/`,
);
