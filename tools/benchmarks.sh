#!/usr/bin/env bash
# Regenerates BENCHMARKS.md: accuracy on every gold corpus for us and each peer
# (one scorer: `article-annotator eval`), speed (native, Node, Chromium),
# growth with input size, and the size of what the page loads.
#
#   tools/benchmarks.sh
#
# Needs: cargo (with the wasm32-unknown-unknown target), wasm-bindgen 0.2.130,
# node + npm, python3, /usr/bin/chromium, the corpora in ../shared/corpora.
# Peers are installed by package name (`npm ci` in tools/peers; spaCy and
# textacy into .venv by tools/peers/spacy-peer.sh). Peer predictions are cached in
# bench-out/peers, so a second run is much quicker.
#
# Environment:
#   CORPORA=DIR          where the gold corpora are (default ../shared/corpora)
#   BENCH_CORPORA="a b"  corpus names to score (default: every corpus with gold)
#   BENCH_ARTICLES=N     articles of bbc_news for the Node benchmark (default 200)
#   SKIP_SPACY=1         leave spaCy and textacy out
#   SKIP_CHROMIUM=1      leave the Chromium benchmark out
set -euo pipefail
export PATH="$HOME/.cargo/bin:$PATH"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
corpora_dir="${CORPORA:-$root/../shared/corpora}"
out="$root/bench-out"
mkdir -p "$out"
step() { echo "== $*" >&2; }

step "machine"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)"
  echo "os: $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME" || uname -sr)"
  echo "rustc: $(rustc -V)"
  echo "node: $(node -v)"
  echo "python: $(python3 -V 2>&1)"
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo none)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
} > "$out/machine.txt"
cat "$out/machine.txt" >&2

step "build (native release, WASM)"
cargo build --release --quiet --bin article-annotator
bin="$root/target/release/article-annotator"
if [ -x tools/build.sh ]; then
  tools/build.sh >&2
fi
if [ ! -f dist/pkg/article_annotator_bg.wasm ]; then
  cargo build --quiet --target wasm32-unknown-unknown --profile wasm --lib
  wasm-bindgen --target web --out-dir bench-out/pkg target/wasm32-unknown-unknown/wasm/article_annotator.wasm
fi

step "peers: npm ci"
if [ ! -d tools/peers/node_modules ] || [ tools/peers/package-lock.json -nt tools/peers/node_modules ]; then
  (cd tools/peers && npm ci --no-audit --no-fund >&2 && touch node_modules)
fi

step "corpora"
corpora=()
for path in "$corpora_dir"/*.jsonl; do
  name="$(basename "$path" .jsonl)"
  if [ -n "${BENCH_CORPORA:-}" ] && ! [[ " $BENCH_CORPORA " == *" $name "* ]]; then continue; fi
  if python3 -c 'import json,sys; sys.exit(0 if any(json.loads(l).get("spans") for l in open(sys.argv[1]) if l.strip()) else 1)' "$path"; then
    corpora+=("$path")
  else
    echo "$name: no gold spans, skipped" >&2
  fi
done

step "peer predictions (cached in bench-out/peers)"
node tools/peers/run-peers.mjs --out "$out/peers" "${corpora[@]}"
systems=(compromise chrono-node wink-nlp)
if [ -z "${SKIP_SPACY:-}" ]; then
  if tools/peers/spacy-peer.sh --out "$out/peers" "${corpora[@]}"; then
    systems+=(spacy)
  else
    echo "spaCy peer unavailable: left out" >&2
    rm -f "$out/peers/spacy.json"
  fi
  if tools/peers/spacy-peer.sh --textacy --out "$out/peers" "${corpora[@]}"; then
    systems+=(textacy)
  else
    echo "textacy peer unavailable: left out" >&2
    rm -f "$out/peers/textacy.json"
  fi
else
  rm -f "$out/peers/spacy.json" "$out/peers/textacy.json"
fi

step "accuracy (article-annotator eval)"
"$bin" eval "${corpora[@]}" --json --errors > "$out/eval-article-annotator.json"
for system in "${systems[@]}"; do
  preds=()
  for path in "${corpora[@]}"; do
    preds+=(--pred "$out/peers/$system/$(basename "$path")")
  done
  "$bin" eval "${corpora[@]}" "${preds[@]}" --system "$system" --json > "$out/eval-$system.json"
done

# MEANTIME as it is annotated: times only in its title, date line and first
# five sentences, and names apart from its nominal and pronominal mentions.
meantime="$corpora_dir/meantime_en.jsonl"
rm -f "$out"/scoped-*.json
if [[ " ${corpora[*]} " == *" $meantime "* ]]; then
  scope=(--date-region 6 --named-only --json)
  "$bin" eval "$meantime" "${scope[@]}" > "$out/scoped-article-annotator.json"
  for system in "${systems[@]}"; do
    "$bin" eval "$meantime" --pred "$out/peers/$system/meantime_en.jsonl" --system "$system" "${scope[@]}" \
      > "$out/scoped-$system.json"
  done
fi

step "speed: native (divan)"
cargo bench --quiet --bench annotate 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' > "$out/native.txt"

step "speed: Node"
node tools/bench/node-bench.mjs --articles "${BENCH_ARTICLES:-200}" --json "$out/node.json" > "$out/node.md"

if [ -z "${SKIP_CHROMIUM:-}" ]; then
  step "speed: Chromium, sizes"
  node tools/bench/chromium-bench.mjs --json "$out/chromium.json" > "$out/chromium.md"
  step "delivery: page first result vs a blank page, widget bytes and main-thread tasks"
  node tools/bench/page-bench.mjs --json "$out/delivery.json" > "$out/delivery.md"
else
  rm -f "$out/chromium.md" "$out/delivery.md"
fi

step "BENCHMARKS.md"
python3 tools/bench/report.py "$out" "${systems[@]}" > BENCHMARKS.md
echo "wrote BENCHMARKS.md" >&2
