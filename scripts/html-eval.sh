#!/usr/bin/env bash
# Main-text extraction on ../shared/data/html-eval, scored by the peer's html_eval.py, against trafilatura
# in the same run (if VENV has it). Usage: scripts/html-eval.sh [all|dev|sealed]
# dev/sealed: a fixed split by file-name hash (2/3 for tuning, 1/3 scored once at the end).
set -euo pipefail
part=${1:-all}
root=$(cd "$(dirname "$0")/.." && pwd)
data=${HTML_EVAL:-$root/../shared/data/html-eval}
peers=$root/../shared/tools/peers
VENV=${VENV:-/work/venv-peer}
[ -d "$data" ] || { echo "no $data: skipped" >&2; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$data" "$part" "$work" <<'PY'
import hashlib, json, os, sys
data, part, work = sys.argv[1:]
os.makedirs(f"{work}/pages")
with open(f"{work}/expectations.jsonl", "w") as out:
    for line in open(f"{data}/expectations.jsonl", encoding="utf-8"):
        row = json.loads(line)
        sealed = int(hashlib.md5(row["file"].encode()).hexdigest(), 16) % 3 == 0
        if part == "all" or (part == "sealed") == sealed:
            out.write(line)
            os.symlink(f"{data}/{row['file']}", f"{work}/{row['file']}")
PY
bin=${BIN:-$root/.build/release/newsgraph}
[ -x "$bin" ] || { echo "build first: swift build -c release --product newsgraph" >&2; exit 1; }
start=$(date +%s.%N)
"$bin" extract --keep-going "$work/pages" -o "$work/out.jsonl" 2>"$work/errors"
end=$(date +%s.%N)
mkdir "$work/texts"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
for line in open(f"{work}/out.jsonl", encoding="utf-8"):
    a = json.loads(line)
    with open(f"{work}/texts/{a['id']}.html.txt", "w", encoding="utf-8") as f:
        f.write((a.get("title") or "") + "\n\n" + a["body"])
PY
pages=$(wc -l < "$work/expectations.jsonl")
echo "newsgraph ($part, $pages pages): $(python3 "$peers/html_eval.py" "$work/expectations.jsonl" --texts "$work/texts")"
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'newsgraph: {s:.2f} s, {int(sys.argv[3])/s:.0f} pages/s')" "$start" "$end" "$pages"
grep -c . "$work/errors" >/dev/null && sed 's/^/  /' "$work/errors" | head -20 || true
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
    echo "trafilatura ($part): $("$VENV/bin/python" "$peers/html_eval.py" "$work/expectations.jsonl" --trafilatura)"
fi
