#!/usr/bin/env bash
# bench-ner.sh — throughput of the NewsGraph NER tagger alone next to spaCy en_core_web_sm's
# NER, on the same Reuters-21578 bodies, single process, in the same run.
#
# Environment: SHARED (default ../shared), LIMIT (articles, default 2000),
# VENV (spaCy venv, default .venv-peer; created with setup-spacy.sh when missing),
# SCRATCH (swift build folder, default .build), SKIP_SPACY=1 to time only our tagger,
# SKIP_BUILD=1 to use the binary already built in SCRATCH.
# Usage: scripts/bench-ner.sh [SHARED_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
if [ $# -gt 0 ] && [ -d "$1" ]; then SHARED=$1; shift; fi
LIMIT=${LIMIT:-2000}
VENV=${VENV:-$ROOT/.venv-peer}
SCRATCH=${SCRATCH:-$ROOT/.build}
CORPUS=$SHARED/data/reuters21578/articles.jsonl
PEERS=$SHARED/tools/peers
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    swift build -c release --scratch-path "$SCRATCH" --product newsgraph >&2
fi
BIN=$SCRATCH/release/newsgraph

echo "== NewsGraph tagger (first $LIMIT Reuters bodies, tokenization excluded, best of 3) =="
"$BIN" ner --benchmark "$CORPUS" --limit "$LIMIT" | tee "$OUT/ours.txt"
OURS_TOKENS=$(awk -F': ' '/^tagger tokens\/s/ {print $2}' "$OUT/ours.txt")
OURS_WORDS=$(awk -F': ' '/^end-to-end words\/s/ {print $2}' "$OUT/ours.txt")

if [ "${SKIP_SPACY:-0}" = 1 ]; then exit 0; fi

if [ ! -x "$VENV/bin/python" ]; then "$PEERS/setup-spacy.sh" "$VENV" >&2; fi
echo
echo "== spaCy en_core_web_sm, ner component only, n_process=1, batch 32 (same bodies) =="
"$VENV/bin/python" "$PEERS/spacy_throughput.py" "$CORPUS" --limit "$LIMIT" --n-process 1 \
    --batch-size 32 --configs ner --json-out "$OUT/spacy.json"

"$VENV/bin/python" - "$OUT/spacy.json" "$OURS_TOKENS" "$OURS_WORDS" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
ours_tokens, ours_words = float(sys.argv[2]), float(sys.argv[3])
print()
print("== ratio (NewsGraph / spaCy ner) ==")
print("tagger tokens/s %9.0f  vs spaCy tokens/s %7.0f  -> %5.1fx" % (ours_tokens, r["tokens_per_s"], ours_tokens / r["tokens_per_s"]))
print("tagger tokens/s %9.0f  vs spaCy words/s  %7.0f  -> %5.1fx  (target 30x, goal 50x)" % (ours_tokens, r["words_per_s"], ours_tokens / r["words_per_s"]))
print("end-to-end words/s %6.0f vs spaCy words/s  %7.0f  -> %5.1fx  (tokenizer + tagger)" % (ours_words, r["words_per_s"], ours_words / r["words_per_s"]))
PY
