#!/usr/bin/env bash
# The Python package and its Spark example (issue 17): builds and installs
# python/ into target/python-venv with the pinned tools of
# python/requirements-test.txt, installs a Java runtime from Debian if none is
# there, then runs pytest (API, CLI = WASM = Python parity, Spark local mode).
# Safe to run twice: each install happens once, the build is incremental.
#   ANNOTATOR_ARTICLES=N   BBC articles for the parity and Spark tests (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[test-python]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

venv=target/python-venv
requirements=python/requirements-test.txt
stamp="$venv/.requirements-stamp"
if [ ! -x "$venv/bin/python" ]; then
  say "creating $venv"
  python3 -m venv "$venv"
fi
if [ ! -f "$stamp" ] || ! cmp -s "$requirements" "$stamp"; then
  say "installing $requirements (pyspark is large: once)"
  "$venv/bin/python" -m pip install -q -r "$requirements"
  cp "$requirements" "$stamp"
fi

if ! command -v java >/dev/null 2>&1; then
  say "installing Debian's openjdk-17-jre-headless for Spark"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless
fi

say "checking the binding (python/: fmt, clippy)"
(cd python && cargo fmt -- --check && cargo clippy --quiet -- -D warnings)

say "building and installing the package (pip install ./python)"
"$venv/bin/python" -m pip install -q --force-reinstall --no-deps ./python

# The command line the parity tests compare with (a no-op after cargo test).
cargo build --quiet --bin article-annotator
export ARTICLE_ANNOTATOR_BIN="$PWD/target/debug/article-annotator"

say "pytest"
# From the root, not python/: there the source folder would hide the
# installed package (which has the compiled module).
# A pytest skip is a skip like any other: listed by name, and a failure
# under ANNOTATOR_REQUIRE_ALL=1 (CI), as tools/test.sh does for its own.
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
"$venv/bin/python" -m pytest -q -rs -p no:cacheprovider python/tests | tee "$report"
status=${PIPESTATUS[0]}
[ "$status" = 0 ] || exit "$status"
if grep -q '^SKIPPED' "$report"; then
  grep '^SKIPPED' "$report" | sed 's/^/pytest: /' >> "${ANNOTATOR_SKIP_LOG:-/dev/null}"
  if [ "${ANNOTATOR_REQUIRE_ALL:-}" = 1 ]; then
    echo "test-python.sh: FAILED: pytest skipped tests (ANNOTATOR_REQUIRE_ALL=1 makes every skip a failure)" >&2
    exit 1
  fi
fi
