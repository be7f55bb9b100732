#!/usr/bin/env bash
# Runs every test: formatting, lints, the Rust tests, the WASM tests in
# headless Chromium, the browser tests of the page and widget, and the
# accuracy regression gate. Installs what it needs first (tools/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

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
cargo test --quiet

step "build (WASM + site)"
tools/build.sh

step "WASM tests in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test wasm

if [ -x tools/eval-gate.sh ]; then
  step "accuracy regression gate"
  tools/eval-gate.sh
fi

step "Python package and Spark example (tools/test-python.sh)"
tools/test-python.sh

step "peer converters (node --test)"
node --test tools/peers/

step "browser tests (playwright-core + Chromium)"
node --test --test-concurrency=1 tests/browser/

# Embedding (issue 8): the WordPress plugin in a real WordPress. Installs
# Debian's wordpress, mariadb-server and php packages the first time.
if [ -x tests/wordpress/run.sh ]; then
  step "WordPress plugin in a real WordPress (tests/wordpress/run.sh)"
  tests/wordpress/run.sh
fi
