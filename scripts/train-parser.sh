#!/usr/bin/env bash
# train-parser.sh — trains the bundled UPOS tagger + dependency parser from UD English EWT (train, tuned on
# dev) deterministically (fixed seed) and writes Sources/NewsGraph/Resources/parser.model.
# Usage: scripts/train-parser.sh [SHARED_DIR] [extra `newsgraph train-parser` options]
# SHARED_DIR defaults to $SHARED or ../shared; SKIP_BUILD=1 uses the release binary already built.
# Word clusters come from the entity model in Sources (so run it after train-model.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
if [ $# -gt 0 ] && [ -d "$1" ]; then SHARED=$1; shift; fi
SCRATCH=${SCRATCH:-$ROOT/.build}
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    swift build -c release --scratch-path "$SCRATCH" --product newsgraph >&2
fi
NEWSGRAPH_NER_MODEL="$ROOT/Sources/NewsGraph/Resources/ner.model" "$SCRATCH/release/newsgraph" train-parser \
    --train "$SHARED/data/ud-english-ewt/en_ewt-ud-train.conllu" \
    --dev "$SHARED/data/ud-english-ewt/en_ewt-ud-dev.conllu" \
    -o Sources/NewsGraph/Resources/parser.model "$@"
