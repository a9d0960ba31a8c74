#!/usr/bin/env bash
# bench.sh — `make bench`: NewsGraph next to spaCy en_core_web_sm, same machine, same run.
#   1. the tagger alone (scripts/bench-ner.sh);
#   2. one article of 10k, 100k and 1M words (scripts/bench-growth.sh): words/s must not fall with its size;
#   3. `newsgraph build` on the Reuters corpus (all exports), its growth from 1k to 19k and 100k articles,
#      peak RSS, and the ratio to spaCy's NER pipeline run with 2 processes over the same bodies.
# Usage: scripts/bench.sh [SHARED_DIR]   (environment: VENV, SKIP_SPACY=1, SIZES="1000 5000 19043 100000")
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${1:-$ROOT/../shared}
VENV=${VENV:-$ROOT/.venv-peer}
CORPUS=$SHARED/data/reuters21578/articles.jsonl
PEERS=$SHARED/tools/peers
BIN=$ROOT/.build/release/newsgraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -f "$CORPUS" ] || { echo "bench: $CORPUS not found (pass the shared folder)" >&2; exit 2; }
cd "$ROOT"
swift build -c release --product newsgraph >&2

SKIP_BUILD=1 bash scripts/bench-ner.sh "$SHARED" || echo "(tagger benchmark failed)"
echo
SKIP_BUILD=1 bash scripts/bench-growth.sh "$SHARED" || echo "(growth benchmark failed)"

echo
echo "== newsgraph build: Reuters, all exports (jsonld, dot, svg, png, nt), wall clock and peak RSS =="
python3 - "$CORPUS" "$WORK" <<'PY'
import json, sys
corpus, work = sys.argv[1], sys.argv[2]
lines = [l for l in open(corpus, encoding="utf-8") if l.strip()]
for n in (1000, 5000):
    open(f"{work}/r{n}.jsonl", "w", encoding="utf-8").writelines(lines[:n])
# 100k: the corpus repeated with new ids.
with open(f"{work}/r100000.jsonl", "w", encoding="utf-8") as out:
    i = 0
    while i < 100000:
        for l in lines:
            if i >= 100000: break
            record = json.loads(l); record["id"] = f"{record['id']}-copy{i // len(lines)}"
            out.write(json.dumps(record) + "\n"); i += 1
PY
cp "$CORPUS" "$WORK/r19043.jsonl"
printf "%8s %10s %10s %12s %10s\n" articles seconds "words" "words/s" "RSS MiB"
for n in ${SIZES:-1000 5000 19043 100000}; do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$BIN" build "$WORK/r$n.jsonl" -o "$WORK/out$n" --quiet \
        --formats jsonld,dot,svg,png,nt 2> "$WORK/err.txt" || { cat "$WORK/err.txt"; exit 1; }
    read -r secs rss < "$WORK/time.txt"
    words=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['body'].split()) for l in open(sys.argv[1]) if l.strip()))" "$WORK/r$n.jsonl")
    printf "%8s %10s %10s %12.0f %10.0f\n" "$n" "$secs" "$words" "$(python3 -c "print($words/$secs)")" "$(python3 -c "print($rss/1024)")"
    [ "$n" = 19043 ] && echo "$words $secs" > "$WORK/reuters.txt"
done

if [ "${SKIP_SPACY:-0}" = 1 ] || [ ! -f "$WORK/reuters.txt" ]; then exit 0; fi
if [ ! -x "$VENV/bin/python" ]; then "$PEERS/setup-spacy.sh" "$VENV" >&2; fi
echo
echo "== spaCy en_core_web_sm, ner only, n_process=2, batch 32, first 2000 Reuters bodies =="
"$VENV/bin/python" "$PEERS/spacy_throughput.py" "$CORPUS" --limit 2000 --n-process 2 --batch-size 32 \
    --configs ner --json-out "$WORK/spacy2.json" | tail -3
read -r words secs < "$WORK/reuters.txt"
python3 - "$WORK/spacy2.json" "$words" "$secs" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
ours = float(sys.argv[2]) / float(sys.argv[3])
print()
print("== ratio: newsgraph build (whole pipeline + exports) / spaCy ner (2 processes) ==")
print("newsgraph build %8.0f words/s  vs spaCy %7.0f words/s  -> %5.1fx  (target 15x, goal 50x)" % (ours, r["words_per_s"], ours / r["words_per_s"]))
PY
