#!/usr/bin/env bash
# tools/scoreAllHeldOut.sh [DIR]: score every held-out set (and other-councils) from the kenes checkout DIR (default: this one), one line per set — to compare two commits: run it in a detached worktree of each and join the lines
cd "${1:-$(dirname "$0")/..}" || exit 1
for d in tests/fixtures/extract/held-out-* tests/fixtures/extract/other-councils; do
  r=$(npx tsx tools/scoreHeldOut.ts "$d" 2>&1 | tail -1)
  echo "$(basename $d) $r"
done
