#!/usr/bin/env bash
# Builds the embeddable forms from dist/pkg (tools/build.sh runs this at its end):
#   dist/article-annotator.js (+ .worker.js, .wasm)  the widget and API, engine in a Worker
#   dist/article-annotator.single.js                 one ES module with the WASM inlined
#   dist/npm/                                        the npm package directory (npm install dist/npm)
#   dist/wordpress/article-annotator.zip             the WordPress plugin (and its folder)
set -euo pipefail
cd "$(dirname "$0")/.."
node tools/build-embed.mjs
# Check that the modules load and the API works (in Node) before anyone ships them.
node --input-type=module -e "
  for (const file of ['dist/article-annotator.single.js', 'dist/npm/node.js']) {
    const m = await import('$PWD/' + file);
    const r = await m.annotate('On Monday, Wang Wenbin said “it works.”', { referenceDate: '2021-07-06' });
    if (r.version !== 1 || !Array.isArray(r.annotations) || !r.annotations.length) throw new Error('bad result from ' + file);
  }
"
rm -f dist/wordpress/article-annotator.zip
(cd dist/wordpress && zip -q -r -X article-annotator.zip article-annotator)
echo "built dist/wordpress/article-annotator.zip ($(stat -c %s dist/wordpress/article-annotator.zip) bytes)"
