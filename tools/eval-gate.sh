#!/usr/bin/env bash
# The accuracy regression gate: a quick eval on the dev corpora, compared with
# the committed floors in tests/floors.json. Exits 1 listing every score below
# its floor, 0 when all hold.
#
#   tools/eval-gate.sh            # check (CI runs this)
#   tools/eval-gate.sh --update   # raise floors to just below today's scores (never lowers)
#
# CORPORA (default ../shared/corpora) is where the gold corpora live; FLOORS
# another floors file (default tests/floors.json); BIN an
# already built article-annotator (default: cargo build --release). The corpora
# and their document limits are listed in tests/floors.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
corpora="${CORPORA:-$root/../shared/corpora}"
floors="${FLOORS:-$root/tests/floors.json}"
update=0
for arg in "$@"; do
  case "$arg" in
    --update) update=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "eval-gate: unknown argument $arg" >&2; exit 2 ;;
  esac
done
if [ ! -d "$corpora" ]; then
  echo "eval-gate: no corpora at $corpora (set CORPORA; tools/test.sh skips the gate by name when they are missing)" >&2
  exit 2
fi
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet --bin article-annotator
  BIN="$root/target/release/article-annotator"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# One eval per corpus, each with its own document limit.
python3 - "$floors" "$corpora" > "$out/plan.txt" <<'PY'
import json, sys
floors = json.load(open(sys.argv[1]))
for name, spec in floors["corpora"].items():
    corpus = spec.get("corpus", name)  # several entries may score one corpus differently
    extra = ",".join(spec.get("args", [])) or "-"
    print(name, spec.get("limit") or 0, f"{sys.argv[2]}/{corpus}.jsonl", extra)
PY
started=$(date +%s)
while read -r name limit path extra; do
  if [ ! -f "$path" ]; then echo "eval-gate: missing corpus $path" >&2; exit 2; fi
  args=("$path" --json)
  if [ "$limit" != 0 ]; then args+=(--limit "$limit"); fi
  if [ "$extra" != - ]; then IFS=, read -r -a more <<< "$extra"; args+=("${more[@]}"); fi
  "$BIN" eval "${args[@]}" > "$out/$name.json"
done < "$out/plan.txt"
echo "eval-gate: evaluated in $(( $(date +%s) - started )) s" >&2
python3 - "$floors" "$out" "$update" <<'PY'
import json, math, os, sys
floors_path, out, update = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
floors = json.load(open(floors_path))
margin = floors.get("margin", 0.01)
failures, raised = [], []
checked = 0
for name, spec in floors["corpora"].items():
    result = json.load(open(os.path.join(out, f"{name}.json")))
    types = result["corpora"][0].get("types", {})
    for span_type, metrics in spec["floors"].items():
        for metric, floor in metrics.items():
            score = types.get(span_type, {}).get(metric)
            if score is None:
                score = 0.0
            checked += 1
            if score + 1e-9 < floor:
                failures.append(f"{name} {span_type} {metric}: {score:.3f} < floor {floor:.3f}")
            if update:
                candidate = math.floor(max(0.0, score - margin) * 1000) / 1000
                if candidate > floor:
                    metrics[metric] = candidate
                    raised.append(f"{name} {span_type} {metric}: {floor:.3f} → {candidate:.3f}")
            print(f"{name:<16} {span_type:<11} {metric:<12} {score:.3f} (floor {metrics[metric]:.3f})")
if update:
    with open(floors_path, "w") as f:
        json.dump(floors, f, indent=2)
        f.write("\n")
    print("\n".join(raised) if raised else "eval-gate: no floor raised", file=sys.stderr)
if checked < 10:
    failures.append(f"only {checked} floors in {floors_path}: the gate checks next to nothing")
if failures:
    print("eval-gate: FAILED, below floor:", file=sys.stderr)
    for line in failures:
        print("  " + line, file=sys.stderr)
    sys.exit(1)
print("eval-gate: all scores at or above their floors", file=sys.stderr)
PY
