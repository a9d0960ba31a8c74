#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/, with AddressSanitizer) and runs it for SECONDS (default 600)
# over a seed corpus made from Examples/ and, when present, ../shared. Crashes land in .build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
mkdir -p .build-fuzz-root .build-fuzz/corpus .build-fuzz/crashes
ln -sfn .. .build-fuzz-root/NewsGraph
swift build -c release --package-path Fuzz --scratch-path .build-fuzz
# Seeds: the first byte picks the reader (0 text, 1 JSON Lines, 2 N-Quads, 3-6 below).
for f in Examples/*.txt; do { printf '\000'; cat "$f"; } > ".build-fuzz/corpus/$(basename "$f").0"; done
if [ -f ../shared/examples/japan-us-trade-talks-osaka.jsonl ]; then
    { printf '\001'; cat ../shared/examples/japan-us-trade-talks-osaka.jsonl; } > .build-fuzz/corpus/reference.1
fi
{ printf '\002'; head -40 Output/graph.nt; } > .build-fuzz/corpus/graph.2
# 3 HTML page, 4 RSS/Atom feed, 5 JSON Feed, 6 WARC.
for f in $(ls ../shared/data/html-eval/pages/*.html 2>/dev/null | head -5); do
    { printf '\003'; head -c 8000 "$f"; } > ".build-fuzz/corpus/$(basename "$f").3"
done
printf '\003<html><head><meta charset="windows-1252"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head><body><nav>Menu</nav><article><p>Ministers met in Paris on Monday to discuss the budget and trade.</p></article></body></html>' > .build-fuzz/corpus/page.3
printf '\004<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>A</title><link>https://x.test/a</link><content:encoded>&lt;p&gt;Ministers met in Paris.&lt;/p&gt;</content:encoded></item></channel></rss>' > .build-fuzz/corpus/rss.4
printf '\004<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><id>1</id><content type="html">&lt;p&gt;Text.&lt;/p&gt;</content></entry></feed>' > .build-fuzz/corpus/atom.4
printf '\005{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"A","content_html":"<p>Ministers met.</p>"}]}' > .build-fuzz/corpus/feed.5
printf '\006WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.test/a\r\nContent-Length: 99\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Ministers met in Paris on Monday.</p></body></html>\r\n\r\n' > .build-fuzz/corpus/crawl.6
.build-fuzz/release/NewsGraphFuzz .build-fuzz/corpus -max_total_time="$SECONDS_TO_RUN" -max_len=8192 \
    -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1 2>&1 | tail -25
