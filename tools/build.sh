#!/usr/bin/env bash
# Builds the WASM engine and the static site:
#   dist/pkg/   the wasm-bindgen output (ES module + .wasm + .d.ts)
#   dist/site/  the page, with relative URLs only: copy it to any static host
# and the embeddable builds (tools/build-embed.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo build --quiet --target wasm32-unknown-unknown --profile wasm --lib --no-default-features
rm -rf dist/pkg dist/site
# wasm-opt, wasm-bindgen, and no name or custom sections (see the script)
tools/wasm-finish.sh target/wasm32-unknown-unknown/wasm/article_annotator.wasm dist/pkg

# The page, bundled and minified (esbuild); www/ stays plain ES modules.
mkdir -p dist
node tools/build-site.mjs

# The widget, its worker and .wasm (the page shares them), npm, WordPress.
tools/build-embed.sh

# The page as one self-contained file that works opened from disk.
node tools/build-single.mjs --out dist/article-annotator.html

echo "built dist/site ($(du -sh dist/site | cut -f1)); wasm $(stat -c %s dist/pkg/article_annotator_bg.wasm) bytes"
