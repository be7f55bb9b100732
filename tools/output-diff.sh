#!/usr/bin/env bash
# Proof that a change kept the engine's output: runs the command line over
# every gold corpus and the 2,225 BBC articles, at BASE (a commit, default the
# merge base with main's first parent, or OUTPUT_BASE) and at the work tree,
# and diffs the full JSON, one line per document.
#
#   tools/output-diff.sh [BASE]      # exit 0: byte-identical; 1: lists the documents that differ
#
# The baseline's outputs are cached under target/output-diff/<commit>/, so
# only the work tree is annotated again on the next run. CORPORA (default
# ../shared/corpora) is where the corpora live. A document's dct is its
# reference date, as in eval. ONLY="tbaq polnear_dev" compares just those
# corpora of the cached baseline (quicker while iterating; run all before a
# commit that claims identical output). STRIP="engine language" leaves those
# top-level fields out of the comparison (fields added to the contract on
# purpose; the note says so).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
corpora="${CORPORA:-$root/../shared/corpora}"
if [ ! -d "$corpora" ]; then
  # Nothing compared is no proof: a failure under CI (ANNOTATOR_REQUIRE_ALL=1).
  if [ "${ANNOTATOR_REQUIRE_ALL:-}" = 1 ]; then
    echo "output-diff: FAILED: no corpora at $corpora (set CORPORA); ANNOTATOR_REQUIRE_ALL=1 makes a skip a failure" >&2
    exit 2
  fi
  echo "output-diff: SKIPPED, nothing compared: no corpora at $corpora (set CORPORA)" >&2
  exit 0
fi
base="${1:-${OUTPUT_BASE:-HEAD}}"
base_commit=$(git rev-parse --verify "$base^{commit}")
cache="$root/target/output-diff/$base_commit"
now="$root/target/output-diff/worktree"

annotate_all() { # BIN OUTDIR
  local bin="$1" dir="$2"
  mkdir -p "$dir"
  for corpus in "$corpora"/*.jsonl; do
    name=$(basename "$corpus" .jsonl)
    if [ -n "${3:-}" ] && [[ " $3 " != *" $name "* ]]; then continue; fi
    # Strip gold spans so only id, text and dct reach the engine.
    python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "text": d["text"], "dct": d.get("dct")}))
' < "$corpus" | "$bin" annotate --jsonl > "$dir/$name.jsonl"
  done
}

if [ ! -d "$cache" ]; then
  echo "output-diff: annotating at $base ($base_commit)" >&2
  tree="$(mktemp -d)"
  trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
  git worktree add --detach "$tree" "$base_commit" >/dev/null 2>&1
  CARGO_TARGET_DIR="$root/target/output-diff/build" \
    cargo build --release --quiet --bin article-annotator --manifest-path "$tree/Cargo.toml"
  annotate_all "$root/target/output-diff/build/release/article-annotator" "$cache.tmp"
  mv "$cache.tmp" "$cache"
fi

echo "output-diff: annotating the work tree" >&2
cargo build --release --quiet --bin article-annotator
rm -rf "$now"
annotate_all "$root/target/release/article-annotator" "$now" "${ONLY:-}"

status=0
for file in "$cache"/*.jsonl; do
  name=$(basename "$file")
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" ${name%.jsonl} "* ]]; then continue; fi
  python3 - "$file" "$now/$name" "$name" "${STRIP:-}" <<'PY' || status=1
import json, sys
old = open(sys.argv[1], encoding="utf-8").read().splitlines()
new = open(sys.argv[2], encoding="utf-8").read().splitlines()
name = sys.argv[3]
strip = sys.argv[4].split()
if strip:
    def without(line):
        d = json.loads(line)
        for key in strip:
            d.pop(key, None)
        return json.dumps(d, ensure_ascii=False, sort_keys=True)
    old = [without(l) for l in old]
    new = [without(l) for l in new]
if len(old) != len(new):
    print(f"{name}: {len(old)} lines before, {len(new)} now")
    sys.exit(1)
differ = []
for a, b in zip(old, new):
    if a != b:
        differ.append(json.loads(a).get("id", "?"))
if differ:
    print(f"{name}: {len(differ)} of {len(old)} documents differ: {', '.join(differ[:10])}{' ...' if len(differ) > 10 else ''}")
    sys.exit(1)
print(f"{name}: {len(old)} documents, identical")
PY
done
exit $status
