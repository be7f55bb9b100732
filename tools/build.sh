#!/usr/bin/env bash
# Builds the WASM engine and the static site:
#   dist/pkg/   the wasm-bindgen output (ES module + .wasm + .d.ts)
#   dist/site/  the page, with relative URLs only: copy it to any static host
# and, when tools/build-embed.sh exists, the embeddable builds.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo build --quiet --target wasm32-unknown-unknown --profile wasm --lib
rm -rf dist/pkg dist/site
# wasm-opt, wasm-bindgen, and no name or custom sections (see the script)
tools/wasm-finish.sh target/wasm32-unknown-unknown/wasm/article_annotator.wasm dist/pkg

mkdir -p dist
cp -r www dist/site
rm -rf dist/site/pkg
mkdir -p dist/site/pkg
cp dist/pkg/article_annotator.js dist/pkg/article_annotator_bg.wasm dist/pkg/article_annotator.d.ts dist/site/pkg/

# The page as one self-contained file that works opened from disk.
node tools/build-single.mjs --site dist/site --out dist/article-annotator.html

if [ -x tools/build-embed.sh ]; then
  tools/build-embed.sh
fi
echo "built dist/site ($(du -sh dist/site | cut -f1)); wasm $(stat -c %s dist/pkg/article_annotator_bg.wasm) bytes"
