#!/usr/bin/env bash
# Records CPython's output for every cases/*.py and programs/*.py in this folder:
# NAME.expected (stdout), and for a non-zero exit NAME.exit plus NAME.stderr-last (the last
# line of the traceback). Run with CPython 3.11 as python3.
set -eu
cd "$(dirname "$0")"
for py in cases/*.py programs/*.py; do
  base=${py%.py}
  set +e
  python3 "$py" >"$base.expected" 2>"$base.stderr.tmp"
  rc=$?
  set -e
  if [ "$rc" -ne 0 ]; then
    echo "$rc" >"$base.exit"
    tail -n 1 "$base.stderr.tmp" >"$base.stderr-last"
  else
    rm -f "$base.exit" "$base.stderr-last"
  fi
  rm -f "$base.stderr.tmp"
done
