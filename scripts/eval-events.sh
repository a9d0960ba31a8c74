#!/bin/sh
# Scores meeting extraction on the hand-checked dev set (Tests/Fixtures/events/meetings-dev.json):
# participant-pair precision/recall, status accuracy, false meetings per 10 no-meeting articles.
# Usage: scripts/eval-events.sh [-v]    (needs ../shared/data; set SHARED to use another folder)
set -eu
cd "$(dirname "$0")/.."
swift build --scratch-path .build-ev --product newsgraph >/dev/null
exec .build-ev/debug/newsgraph eval-events --shared "${SHARED:-../shared}" "$@"
