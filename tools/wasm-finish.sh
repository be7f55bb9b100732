#!/usr/bin/env bash
# Turns rustc's .wasm into what the page loads (tools/build.sh and
# tools/bench/wasm-profiles.sh run it):
#
#   tools/wasm-finish.sh IN.wasm OUT_DIR
#
# 1. wasm-opt -O3 (binaryen, installed by tools/setup.sh) on rustc's output:
#    about 4 KB gzip less code, and no slower (tools/bench/wasm-speed.mjs).
#    It runs before wasm-bindgen, not after: Debian's binaryen 108 rewrites
#    the export of wasm-bindgen's externref table to point at the function
#    table (the page then fails in init with "WebAssembly.Table.set():
#    Argument 1 is invalid for table"), even with no pass at all; on rustc's
#    output, before that table exists, it is safe.
# 2. wasm-bindgen --target web, without the name and producers sections
#    (the names alone are 17 KB gzip).
# 3. The custom sections left ("target_features") are dropped: a browser
#    reads none of them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
in="$1"
out="$2"
if ! command -v wasm-opt >/dev/null; then
  echo "wasm-finish: wasm-opt is missing: run tools/setup.sh (it installs Debian's binaryen)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wasm-opt -O3 --enable-bulk-memory --enable-reference-types --enable-multivalue --enable-sign-ext \
  --enable-nontrapping-float-to-int --enable-mutable-globals "$in" -o "$tmp/article_annotator.wasm"
rm -rf "$out"
wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir "$out" "$tmp/article_annotator.wasm"
node tools/bench/bytes.mjs --strip "$out/article_annotator_bg.wasm"
