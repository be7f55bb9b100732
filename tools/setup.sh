#!/usr/bin/env bash
# Installs what building and testing need, and nothing twice:
#   the wasm32-unknown-unknown target, wasm-bindgen-cli of exactly the crate's
#   wasm-bindgen version, Debian's binaryen (wasm-opt, for tools/build.sh), the
#   npm packages of package-lock.json, and with --browser Debian's Chromium and
#   ChromeDriver.
# Safe to run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen version the crate is locked to (Cargo.toml pins it with '=').
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then
  echo "setup.sh: cannot find wasm-bindgen's version in Cargo.lock" >&2
  exit 1
fi
export PATH="$HOME/.cargo/bin:$PATH"
if ! wasm-bindgen --version 2>/dev/null | grep -qw "$wb_version"; then
  say "installing wasm-bindgen-cli $wb_version (a few minutes, once)"
  # --locked where the registry has every locked dependency; otherwise resolve afresh.
  cargo install wasm-bindgen-cli --version "$wb_version" --locked \
    || cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# wasm-opt (tools/wasm-finish.sh). The version the build was measured with is
# Debian bookworm's binaryen 108; another version works but may give other
# sizes, so it is named.
binaryen_version=108
if ! command -v wasm-opt >/dev/null 2>&1; then
  say "installing Debian's binaryen (wasm-opt)"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q binaryen
fi
if ! wasm-opt --version | grep -qw "$binaryen_version"; then
  say "note: wasm-opt is '$(wasm-opt --version)', not binaryen $binaryen_version; sizes may differ from README's"
fi

if $want_browser && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
fi

if [ -f package-lock.json ]; then
  stamp=node_modules/.setup-stamp
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    touch "$stamp"
  fi
fi
