#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/, with AddressSanitizer) and runs it for SECONDS (default 600)
# over a seed corpus made from Examples/ and, when present, ../shared. Crashes land in .build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
mkdir -p .build-fuzz-root .build-fuzz/corpus .build-fuzz/crashes
ln -sfn .. .build-fuzz-root/NewsGraph
swift build -c release --package-path Fuzz --scratch-path .build-fuzz
# Seeds: the first byte picks the reader (0 text, 1 JSON Lines, 2 N-Quads).
for f in Examples/*.txt; do { printf '\000'; cat "$f"; } > ".build-fuzz/corpus/$(basename "$f").0"; done
if [ -f ../shared/examples/japan-us-trade-talks-osaka.jsonl ]; then
    { printf '\001'; cat ../shared/examples/japan-us-trade-talks-osaka.jsonl; } > .build-fuzz/corpus/reference.1
fi
{ printf '\002'; head -40 Output/graph.nt; } > .build-fuzz/corpus/graph.2
.build-fuzz/release/NewsGraphFuzz .build-fuzz/corpus -max_total_time="$SECONDS_TO_RUN" -max_len=8192 \
    -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1 2>&1 | tail -25
