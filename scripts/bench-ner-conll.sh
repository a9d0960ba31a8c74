#!/usr/bin/env bash
# bench-ner-conll.sh — `newsgraph ner --conll` end to end (read, tag, score, write) on the three
# CoNLL-2003 files joined, next to spaCy en_core_web_sm's ner component on the same tokens (its
# component time only: model load and Doc construction excluded), in the same run; prints the ratio.
# Environment: SHARED (default ../shared), VENV (spaCy venv, default /work/venv-peer), BIN.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
VENV=${VENV:-/work/venv-peer}
BIN=${BIN:-$ROOT/.build/release/newsgraph}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cat "$SHARED"/data/conll2003/eng.{train,testa,testb} > "$OUT/all.conll"
[ -x "$BIN" ] || (cd "$ROOT" && swift build -c release --product newsgraph >&2)

best=
for run in 1 2 3; do
    start=$(date +%s%N)
    "$BIN" ner --conll "$OUT/all.conll" -o "$OUT/ours.conll" 2>/dev/null
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "newsgraph ner --conll (end to end, best of 3): $best ms"
"$VENV/bin/python" "$SHARED/tools/peers/spacy_conll.py" --components ner --no-score --json-out "$OUT/spacy.json" \
    "$OUT/all.conll" "$OUT/spacy.conll" > /dev/null
"$VENV/bin/python" - "$OUT/spacy.json" "$best" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ours = int(sys.argv[2]) / 1000
spacy = r["component_s"]["ner"]
print("spaCy ner component: %.2f s (%d tokens)" % (spacy, r["tokens"]))
print("ratio (spaCy ner component / newsgraph end to end): %.1fx  (goal 50x)" % (spacy / ours))
PY
