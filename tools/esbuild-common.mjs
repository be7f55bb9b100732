// What the site, widget and single-file builds share: esbuild (pinned in
// package.json) with the engine's glue resolved to dist/pkg, the output
// minified, and the browsers the README promises.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const at = (...parts) => join(root, ...parts);

/** `../pkg/article_annotator.js` in www/ is the wasm-bindgen output of tools/build.sh. */
const pkgPlugin = {
  name: 'engine-glue',
  setup(b) {
    b.onResolve({ filter: /(^|\/)pkg\/article_annotator\.js$/ }, () => ({ path: at('dist/pkg/article_annotator.js') }));
  },
};

/** Defines as esbuild wants them: every value a JSON literal. */
const defines = (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)]));

/** Bundles with esbuild; `define` maps free globals to strings. Resolves to the metafile. */
export async function bundle({ define = {}, rawDefine = {}, plugins = [], ...options }) {
  const result = await build({
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome80', 'firefox113', 'safari16.4'],
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
    charset: 'utf8',
    define: { ...defines(define), ...rawDefine },
    plugins: [pkgPlugin, ...plugins],
    absWorkingDir: root,
    ...options,
  });
  return options.write === false ? result : result.metafile;
}
