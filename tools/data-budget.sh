#!/usr/bin/env bash
# Checks the size budget of the engine's data tables and weights (issue 5):
# everything in src/data/ together must stay within 200 KB (200,000 bytes)
# gzip -9. Prints each file's size so a change that grows one shows. Files
# in folders under src/data/ (the word lists of src/data/lexicon/) count too.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=200000
total=0
while IFS= read -r f; do
  n=$(gzip -9c "$f" | wc -c)
  printf '%-28s %8d bytes gzip\n' "$f" "$n"
  total=$((total + n))
done < <(find src/data -type f | LC_ALL=C sort)
printf '%-28s %8d bytes gzip (budget %d)\n' "total" "$total" "$budget"
if [ "$total" -gt "$budget" ]; then
  echo "error: src/data/ is $total bytes gzip, over the budget of $budget" >&2
  exit 1
fi
