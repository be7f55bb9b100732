#!/usr/bin/env bash
# Builds the embeddable forms from dist/pkg (tools/build.sh runs this at its end):
#   dist/article-annotator.js          one ES module with the WASM inlined (+ .d.ts)
#   dist/npm/                          the npm package directory (npm install dist/npm)
#   dist/wordpress/article-annotator.zip  the WordPress plugin (and its folder)
set -euo pipefail
cd "$(dirname "$0")/.."
node tools/build-embed.mjs
# Check that the single file parses and its API works before anyone ships it.
node --input-type=module -e "
  const m = await import('$PWD/dist/article-annotator.js');
  const r = await m.annotate('On Monday, Wang Wenbin said “it works.”', { referenceDate: '2021-07-06' });
  if (r.version !== 1 || !Array.isArray(r.annotations)) throw new Error('bad result from dist/article-annotator.js');
"
rm -f dist/wordpress/article-annotator.zip
(cd dist/wordpress && zip -q -r -X article-annotator.zip article-annotator)
echo "built dist/wordpress/article-annotator.zip ($(stat -c %s dist/wordpress/article-annotator.zip) bytes)"
