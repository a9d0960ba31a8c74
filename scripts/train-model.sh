#!/usr/bin/env bash
# train-model.sh — trains the bundled NER model from CoNLL-2003 (eng.train, tuned on eng.testa)
# deterministically (fixed seed) and writes Sources/NewsGraph/Resources/ner.model.
# Usage: scripts/train-model.sh [SHARED_DIR] [extra `newsgraph train` options]
# SHARED_DIR defaults to $SHARED or ../shared; SCRATCH is the swift build folder (default .build);
# SKIP_BUILD=1 uses the binary already built there. Takes about 5 minutes (clusters, corpus labels, two passes).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
if [ $# -gt 0 ] && [ -d "$1" ]; then SHARED=$1; shift; fi
SCRATCH=${SCRATCH:-$ROOT/.build}
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    swift build -c release --scratch-path "$SCRATCH" --product newsgraph >&2
fi
"$SCRATCH/release/newsgraph" train \
    --train "$SHARED/data/conll2003/eng.train" \
    --dev "$SHARED/data/conll2003/eng.testa" \
    --unlabelled "$SHARED/data/reuters21578/articles.jsonl" \
    --unlabelled "$SHARED/data/bbc/articles.jsonl" \
    -o Sources/NewsGraph/Resources/ner.model "$@"
