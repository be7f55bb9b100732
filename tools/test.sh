#!/usr/bin/env bash
# Runs every test: formatting, lints, the Rust tests, the WASM tests in
# headless Chromium, the browser tests of the page and widget, the accuracy
# regression gate and the WordPress plugin. Installs what it needs first
# (tools/setup.sh).
#
# Two checks need material that is not in the repository:
#   CORPORA   the gold corpora (default ../shared/corpora): the accuracy gate
#   SCORE_PY  the reference scorer (default ../shared/tools/score.py): eval
#             parity (tests/eval_parity.rs)
# Where they are missing (a bare clone) those checks are skipped. Every skip
# prints a line starting with SKIPPED, and the summary at the end lists them
# all. ANNOTATOR_REQUIRE_ALL=1 (set by .ci/run) turns any skip, here or
# inside a test, into a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
started=$(date +%s)
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

case "${ANNOTATOR_REQUIRE_ALL:-}" in
  ""|0|1) ;;
  *) echo "test.sh: ANNOTATOR_REQUIRE_ALL must be 1 (every check must run) or unset, not '$ANNOTATOR_REQUIRE_ALL'" >&2; exit 2 ;;
esac
export CORPORA="${CORPORA:-$PWD/../shared/corpora}"
export SCORE_PY="${SCORE_PY:-$PWD/../shared/tools/score.py}"
# Tests append a line here for each skip they make (tests/eval_parity.rs).
ANNOTATOR_SKIP_LOG="$(mktemp)"
export ANNOTATOR_SKIP_LOG
trap 'rm -f "$ANNOTATOR_SKIP_LOG"' EXIT

# skip NAME REASON: a check that cannot run here. A failure under
# ANNOTATOR_REQUIRE_ALL=1; otherwise said now and again in the summary.
skip() {
  if [ "${ANNOTATOR_REQUIRE_ALL:-}" = 1 ]; then
    printf '\033[1;31mFAILED\033[0m %s cannot run: %s (ANNOTATOR_REQUIRE_ALL=1 makes every skip a failure)\n' "$1" "$2" >&2
    exit 1
  fi
  printf '\033[1;33mSKIPPED\033[0m %s: %s\n' "$1" "$2"
  printf 'SKIPPED %s: %s\n' "$1" "$2" >> "$ANNOTATOR_SKIP_LOG"
}

# node_tests NAME [node options] FILES...: node --test, then every test it
# skipped (t.skip, { skip }, todo) counts as a skip of NAME.
node_tests() {
  local name=$1 tap
  shift
  tap="$(mktemp)"
  node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$@"
  if grep -qE '# (SKIP|TODO)' "$tap"; then
    local which
    which=$(grep -E '# (SKIP|TODO)' "$tap" | sed -E 's/^ *(not )?ok [0-9]+ - //' | paste -sd ';' -)
    rm -f "$tap"
    skip "$name" "node skipped: $which"
  fi
  rm -f "$tap"
}

step "setup"
tools/setup.sh --browser

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native and wasm32)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib --tests -- -D warnings

step "data budget (src/data/ within 200 KB gzip)"
tools/data-budget.sh

step "cargo test"
ignored="$(mktemp)"
cargo test --quiet 2>&1 | tee "$ignored"
# An #[ignore]d test is a skip too.
if grep -qE '[1-9][0-9]* ignored' "$ignored"; then
  rm -f "$ignored"
  skip "cargo test: #[ignore]d tests" "run them with cargo test -- --ignored, or remove #[ignore]"
fi
rm -f "$ignored"

step "linear work on hostile inputs (tests/linear*.rs, counted, never timed)"
cargo test --release --quiet --features work-counters --test linear --test linear_places

step "build (WASM + site)"
tools/build.sh

step "WASM tests in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test wasm

step "accuracy regression gate (tools/eval-gate.sh)"
if [ -d "$CORPORA" ]; then
  tools/eval-gate.sh
else
  skip "accuracy regression gate (tools/eval-gate.sh)" "no gold corpora at $CORPORA (they come with ../shared; or set CORPORA)"
fi

step "Python package and Spark example (tools/test-python.sh)"
tools/test-python.sh

step "peer converters (node --test)"
node_tests "peer converters" tools/peers/*.test.mjs

step "browser tests (playwright-core + Chromium)"
# Files, not a directory: node 21 and later read a directory argument as a
# file name ("Could not find"); a shell glob works on node 20 and 22 alike.
node_tests "browser tests" --test-concurrency=1 tests/browser/*.test.mjs

# Embedding (issue 8): the WordPress plugin in a real WordPress. Installs
# Debian's wordpress, mariadb-server and php packages the first time.
step "WordPress plugin in a real WordPress (tests/wordpress/run.sh)"
if [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; then
  tests/wordpress/run.sh
else
  skip "WordPress plugin (tests/wordpress/run.sh)" "needs root or password-less sudo to install and start WordPress and MariaDB"
fi

step "summary"
elapsed=$(( $(date +%s) - started ))
if [ -s "$ANNOTATOR_SKIP_LOG" ]; then
  printf 'passed in %d s, with %d skipped (ANNOTATOR_REQUIRE_ALL=1, as in CI, makes each a failure):\n' \
    "$elapsed" "$(wc -l < "$ANNOTATOR_SKIP_LOG")"
  sed 's/^/  /' "$ANNOTATOR_SKIP_LOG"
else
  printf 'passed in %d s: every check ran, none skipped\n' "$elapsed"
fi
