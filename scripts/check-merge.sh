#!/usr/bin/env bash
# Checks that merge equals build on a whole corpus: the corpus is dealt round-robin into PARTS
# parts, each part is built with `build --stream`, the parts are merged, and the result is compared
# byte for byte (cmp) with one `build` of the whole corpus, for JSON-LD and N-Triples.
# Usage: scripts/check-merge.sh [CORPUS.jsonl] [PARTS]   (default: the Reuters corpus, 8 parts)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/data/reuters21578/articles.jsonl}
PARTS=${2:-8}
BIN=${BIN:-.build/release/newsgraph}
[ -x "$BIN" ] || swift build -c release --product newsgraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

awk -v parts="$PARTS" -v dir="$WORK" '{ print > sprintf("%s/part-%02d.jsonl", dir, (NR - 1) % parts) }' "$CORPUS"
start=$(date +%s%N)
"$BIN" build "$CORPUS" -o "$WORK/single" --formats jsonld,nt --quiet
single=$(( ($(date +%s%N) - start) / 1000000 ))
start=$(date +%s%N)
for part in "$WORK"/part-*.jsonl; do "$BIN" build --stream "$part" -o "${part%.jsonl}.nq" --quiet; done
"$BIN" merge "$WORK"/part-*.nq -o "$WORK/merged" --formats jsonld,nt
merged=$(( ($(date +%s%N) - start) / 1000000 ))
status=0
for file in graph.jsonld graph.nt; do
    if cmp "$WORK/single/$file" "$WORK/merged/$file"; then
        echo "$file: identical ($(wc -c < "$WORK/single/$file") bytes)"
    else
        status=1
    fi
done
echo "articles: $(wc -l < "$CORPUS") in $PARTS parts; single build ${single} ms, $PARTS stream builds + merge ${merged} ms"
exit $status
