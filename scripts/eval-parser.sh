#!/usr/bin/env bash
# eval-parser.sh — scores the bundled tagger + parser (gold words) on EWT dev and test, GUM dev and test,
# and GUM's news documents alone (`# newdoc id = GUM_news_*`). Test sets are for reporting, never for choosing.
# Usage: scripts/eval-parser.sh [SHARED_DIR] [--model FILE]   (SKIP_BUILD=1 uses the release binary already built)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
if [ $# -gt 0 ] && [ -d "$1" ]; then SHARED=$1; shift; fi
BIN=$ROOT/.build/release/newsgraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product newsgraph >&2
EWT=$SHARED/data/ud-english-ewt
GUM=$SHARED/data/ud-english-gum
# GUM's news documents: every sentence from a "newdoc id = GUM_news_" line up to the next newdoc.
python3 - "$GUM/en_gum-ud-test.conllu" "$WORK/gum-news-test.conllu" <<'PY'
import sys
keep = False
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        if line.startswith("# newdoc id"):
            keep = "GUM_news_" in line
        if keep:
            out.write(line)
PY
for f in "$EWT/en_ewt-ud-dev.conllu" "$EWT/en_ewt-ud-test.conllu" "$GUM/en_gum-ud-dev.conllu" \
         "$GUM/en_gum-ud-test.conllu" "$WORK/gum-news-test.conllu"; do
    printf '%-24s ' "$(basename "$f" .conllu)"
    "$BIN" parse "$f" -o "$WORK/out.conllu" "$@" 2> "$WORK/score.txt"
    head -1 "$WORK/score.txt"
done
