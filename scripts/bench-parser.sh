#!/usr/bin/env bash
# bench-parser.sh — tagging + parsing throughput next to spaCy en_core_web_sm's tagger and parser components,
# same sentences (EWT test, gold tokens), same run; and the cost of parsing every sentence of Reuters.
# Usage: scripts/bench-parser.sh [SHARED_DIR]   (environment: VENV, SKIP_SPACY=1, SKIP_BUILD=1, REPEAT=3)
# Both sides are timed REPEAT times and their best times compared (the machine may be shared).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${1:-$ROOT/../shared}
VENV=${VENV:-/work/venv-peer}
REPEAT=${REPEAT:-3}
TEST=$SHARED/data/ud-english-ewt/en_ewt-ud-test.conllu
CORPUS=$SHARED/data/reuters21578/articles.jsonl
BIN=$ROOT/.build/release/newsgraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -f "$TEST" ] || { echo "bench-parser: $TEST not found (pass the shared folder)" >&2; exit 2; }
cd "$ROOT"
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product newsgraph >&2

echo "== tagging + parsing, EWT test (gold tokens), single process; the two sides alternate, best of $REPEAT each =="
spacy=0
if [ "${SKIP_SPACY:-0}" != 1 ] && [ -x "$VENV/bin/python" ]; then
    spacy=1
    # spaCy's script reads CoNLL-2003 style input: one word per line, blank lines between sentences.
    python3 - "$TEST" "$WORK/test.conll" <<'PY'
import sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("-DOCSTART- -X- -X- O\n\n")
    for line in open(sys.argv[1], encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            out.write("\n"); continue
        if line.startswith("#"): continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]: continue
        out.write(f"{cols[1]} X O O\n")
PY
fi
ours=
for i in $(seq "$REPEAT"); do
    "$BIN" parse "$TEST" -o "$WORK/pred.conllu" 2> "$WORK/ours.txt"
    t=$(sed -n 's/.*tagging+parsing \([0-9.]*\) s.*/\1/p' "$WORK/ours.txt")
    ours=$(python3 -c "import sys; print(min(float(x) for x in sys.argv[1:] if x))" "$t" $ours)
    if [ "$spacy" = 1 ]; then
        "$VENV/bin/python" "$SHARED/tools/peers/spacy_conll.py" "$WORK/test.conll" "$WORK/spacy.conll" --no-score \
            --json-out "$WORK/spacy-$i.json" > /dev/null
    fi
done
head -1 "$WORK/ours.txt"
echo "newsgraph tagging+parsing: $ours s (best of $REPEAT)"
if [ "$spacy" = 1 ]; then
    python3 - "$ours" "$WORK"/spacy-*.json <<'PY'
import json, sys
ours = float(sys.argv[1])
runs = [json.load(open(f)) for f in sys.argv[2:]]
n = runs[0]["tokens"]
# Each component's best time over the runs.
c = {k: min(r["component_s"][k] for r in runs) for k in ("tagger", "parser", "tok2vec")}
tp = c["tagger"] + c["parser"]; tp2v = tp + c["tok2vec"]
print(f"spaCy en_core_web_sm on the same {n} tokens (best of {len(runs)}): tagger {c['tagger']:.3f} s, "
      f"parser {c['parser']:.3f} s, tok2vec {c['tok2vec']:.3f} s")
print(f"tokens/s: newsgraph {n / ours:,.0f}   spaCy tagger+parser {n / tp:,.0f}   spaCy tok2vec+tagger+parser {n / tp2v:,.0f}")
print(f"ratio: {tp / ours:.1f}x spaCy's tagger+parser components, {tp2v / ours:.1f}x with the tok2vec they rely on")
PY
fi

if [ -f "$CORPUS" ]; then
    echo
    echo "== Reuters (19,043 articles): build as shipped, and parsing every sentence =="
    /usr/bin/time -f "%e" -o "$WORK/build.txt" "$BIN" build "$CORPUS" -o "$WORK/out" --formats jsonld 2> "$WORK/build-err.txt"
    /usr/bin/time -f "%e" -o "$WORK/parse.txt" "$BIN" parse "$CORPUS" -o "$WORK/all.conllu"
    sentences=$(grep -c '^# sent_id' "$WORK/all.conllu")
    echo "build: $(cat "$WORK/build.txt") s; $(grep '^syntax:' "$WORK/build-err.txt")"
    echo "parse all $sentences sentences (tokenize + tag + parse + write CoNLL-U): $(cat "$WORK/parse.txt") s"
fi
