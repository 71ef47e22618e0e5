#!/usr/bin/env bash
# Times the hand-translated generator benchmarks (this folder; the shapes the compiler emits)
# against the hand-written JS and CPython of ../shared/bench, medians of BENCH_RUNS (default 5)
# interleaved rounds, after checking each prints CPython's output.
#   usage: test/runtime/generators/bench/run.sh [shared-bench-dir]   (default: <repo>/../shared/bench)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
bench=${1:-$repo/../shared/bench}
runs=${BENCH_RUNS:-5}
out=$(mktemp -d "${TMPDIR:-/tmp}/py2ts-genbench.XXXXXX")
"$repo/node_modules/.bin/tsc" -p "$here/../tsconfig.json" --outDir "$out" >/dev/null || true
for name in gen_pipeline gen_send yield_from_deep; do
  js="$out/test/runtime/generators/bench/$name.js"
  if ! node "$js" | cmp -s - "$bench/programs/$name.expected"; then
    echo "$name: output differs from CPython's"; exit 1
  fi
  t=$(python3 "$bench/tools/interleave.py" -n "$runs" -w 1 "node $js" "node $bench/handwritten/$name.mjs" "python3 $bench/programs/$name.py")
  read -r tt _ _ _ _ ut < <(sed -n 1p <<<"$t")
  read -r th _ _ _ _ uh < <(sed -n 2p <<<"$t")
  read -r tc _ _ _ _ uc < <(sed -n 3p <<<"$t")
  # wall-clock medians, and CPU-time medians (steadier on a loaded machine)
  awk -v n="$name" -v t="$tt" -v h="$th" -v c="$tc" -v ut="$ut" -v uh="$uh" -v uc="$uc" 'BEGIN {
    printf "%-16s wall: py2ts %.3fs handwritten %.3fs cpython %.3fs py2ts/handwritten=%.2f py2ts/cpython=%.2f | cpu: py2ts/handwritten=%.2f py2ts/cpython=%.2f\n", n, t, h, c, t / h, t / c, ut / uh, ut / uc }'
done
rm -rf "$out"
