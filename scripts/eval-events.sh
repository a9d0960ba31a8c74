#!/bin/sh
# Scores meeting and role extraction on the hand-checked dev set (Tests/Fixtures/events/meetings-dev.json):
# participant-pair precision/recall, status accuracy, false meetings per 10 no-meeting articles, roles P/R.
# Usage: scripts/eval-events.sh [-v] [--set Tests/Fixtures/events/meetings-sealed.json]
#        (needs ../shared/data; set SHARED to use another folder; meetings-sealed.json, scored once as a
#        sealed part, is dev data now)
set -eu
cd "$(dirname "$0")/.."
swift build --scratch-path .build-ev --product newsgraph >/dev/null
exec .build-ev/debug/newsgraph eval-events --shared "${SHARED:-../shared}" "$@"
