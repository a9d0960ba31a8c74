#!/usr/bin/env bash
# bench-growth.sh — how `newsgraph build` grows with the size of ONE article (part of `make bench`).
# One-article inputs of 10k, 100k and 1M words (scripts/growth-articles.py) in three shapes:
#   nostop  "<Name> met <Name> and held talks with" repeated with no full stop (one unbroken sentence);
#   stops   the same with a third name and a full stop, one sentence per segment;
#   reuters the Reuters bodies concatenated into one article (real text).
# Each is built with the text exports (jsonld, dot, nt, neo4j; svg/png are Graphviz layouts of at most
# --max-drawn-nodes entities, so they do not grow with the article). Prints words/s per size and, per shape,
# the ratio of words/s at the smallest size to words/s at the largest (a linear pipeline stays near 1;
# the target is at most 3). Words/s is given per wall-clock second and per CPU second (user + system), the
# latter being the steadier figure on a shared machine.
# Usage: scripts/bench-growth.sh [SHARED_DIR]
#   environment: GROWTH_SIZES="10000 100000 1000000", GROWTH_TIMEOUT=seconds per build (default none),
#   BIN=another newsgraph binary (e.g. an older build, to compare), SKIP_BUILD=1
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${1:-$ROOT/../shared}
CORPUS=$SHARED/data/reuters21578/articles.jsonl
BIN=${BIN:-$ROOT/.build/release/newsgraph}
SIZES=${GROWTH_SIZES:-10000 100000 1000000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product newsgraph >&2
[ -f "$CORPUS" ] || { echo "bench-growth: $CORPUS not found; the reuters shape is skipped" >&2; CORPUS=; }

python3 scripts/growth-articles.py "$WORK/in" "$(echo $SIZES | tr ' ' ',')" $CORPUS > /dev/null
echo "== newsgraph build on one article of growing size (jsonld, dot, nt, neo4j), wall clock and peak RSS =="
printf "%-8s %9s %9s %12s %9s %12s %9s\n" shape words seconds "words/s" "CPU s" "words/CPU-s" "RSS MiB"
for shape in nostop stops reuters; do
    first= last= firstcpu= lastcpu= stopped=
    for n in $SIZES; do
        input="$WORK/in/$shape-$n.jsonl"
        [ -f "$input" ] || continue
        words=$(python3 -c "import json,sys; print(len(json.loads(open(sys.argv[1]).readline())['body'].split()))" "$input")
        if [ -n "$stopped" ]; then printf "%-8s %9s %9s %12s\n" "$shape" "$words" - "(not run)"; continue; fi
        status=0
        timeout "${GROWTH_TIMEOUT:-0}" /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" "$BIN" build "$input" -o "$WORK/out" \
            --quiet --formats jsonld,dot,nt,neo4j 2> "$WORK/err.txt" || status=$?
        if [ "$status" = 124 ]; then
            printf "%-8s %9s %9s %12s\n" "$shape" "$words" ">${GROWTH_TIMEOUT}" "(stopped)"; last=0; stopped=1; continue
        fi
        [ "$status" = 0 ] || { cat "$WORK/err.txt" "$WORK/time.txt"; exit 1; }
        read -r secs rss user sys < <(tail -1 "$WORK/time.txt")
        rate=$(python3 -c "print(round($words / max($secs, 0.01)))")
        cpu=$(python3 -c "print(round($user + $sys, 2))")
        cpurate=$(python3 -c "print(round($words / max($cpu, 0.01)))")
        printf "%-8s %9s %9s %12s %9s %12s %9.0f\n" "$shape" "$words" "$secs" "$rate" "$cpu" "$cpurate" "$(python3 -c "print($rss/1024)")"
        [ -n "$first" ] || { first=$rate; firstcpu=$cpurate; }
        last=$rate lastcpu=$cpurate
    done
    if [ -n "$first" ] && [ "$last" != 0 ]; then
        printf "%-8s words/s smallest / largest: %.2f wall, %.2f CPU (target <= 3)\n" "$shape" \
            "$(python3 -c "print($first / $last)")" "$(python3 -c "print($firstcpu / $lastcpu)")"
    elif [ -n "$first" ]; then
        printf "%-8s words/s smallest / largest: largest did not finish\n" "$shape"
    fi
done
