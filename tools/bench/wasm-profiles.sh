#!/usr/bin/env bash
# Size against speed of the WASM build's profile choices (issue 15, point 1):
# builds the engine once per choice (a `cargo --config` override of
# [profile.wasm], so Cargo.toml is not touched), passes each through the
# pipeline of tools/build.sh (wasm-opt, then wasm-bindgen without the name
# and producers sections), and times them all in one Node run with
# tools/bench/wasm-speed.mjs. Slow: one release build per choice (about 3-4
# minutes each on a 2-core machine), so it is not part of tools/test.sh.
#
#   tools/bench/wasm-profiles.sh [CHOICE ...]     # default: all of them
#
# Each build goes to target/wasm-profiles/CHOICE/ (its own target dir, so the
# choices do not rebuild each other); the pkg directories are kept there too.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

# name: cargo --config overrides of [profile.wasm] (inherits release: lto, codegen-units = 1)
declare -A CHOICES=(
  [o3]=''
  [o2]='profile.wasm.opt-level=2'
  [os]='profile.wasm.opt-level="s"'
  [oz]='profile.wasm.opt-level="z"'
  [o3-deps-z]='profile.wasm.package."*".opt-level="z"'
  [oz-ours-3]='profile.wasm.opt-level="z";profile.wasm.package.article-annotator.opt-level=3'
  [o3-cgu16]='profile.wasm.codegen-units=16'
  [o3-thin]='profile.wasm.lto="thin"'
)
ORDER=(o3 o2 os oz o3-deps-z oz-ours-3 o3-cgu16 o3-thin)
if [ $# -gt 0 ]; then ORDER=("$@"); fi

speed_args=()
for name in "${ORDER[@]}"; do
  if [ -z "${CHOICES[$name]+set}" ]; then
    echo "wasm-profiles: unknown choice $name (one of: ${!CHOICES[*]})" >&2
    exit 2
  fi
  dir="target/wasm-profiles/$name"
  config=()
  IFS=';' read -ra overrides <<< "${CHOICES[$name]}"
  for o in "${overrides[@]}"; do
    [ -n "$o" ] && config+=(--config "$o")
  done
  echo "[wasm-profiles] $name: ${CHOICES[$name]:-(as Cargo.toml)}" >&2
  start=$(date +%s)
  CARGO_TARGET_DIR="$dir/target" cargo build --quiet --target wasm32-unknown-unknown --profile wasm --lib "${config[@]}"
  echo "[wasm-profiles] $name built in $(( $(date +%s) - start )) s" >&2
  tools/wasm-finish.sh "$dir/target/wasm32-unknown-unknown/wasm/article_annotator.wasm" "$dir/pkg"
  speed_args+=("$name=$dir/pkg")
done
node tools/bench/wasm-speed.mjs "${speed_args[@]}"
