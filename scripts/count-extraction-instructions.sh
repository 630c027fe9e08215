#!/bin/sh
# Instructions of entity extraction, counted by callgrind (valgrind): the whole process, start-up and
# V8's compiling included, extracting CHUNKS chunks of MB megabytes of consecutive ANT news from line
# FIRST (scripts/extraction-driver.ts, bundled with esbuild). node runs single-threaded and
# predictable, with fixed hash and random seeds, so two runs of the same code agree to ~0.1%: on
# this machine wall-clock timings swing by a third, so a change's gain is measured here, before → after.
# Usage: sh scripts/count-extraction-instructions.sh [FIRST CHUNKS MB]   (default 0 2 0.3; ~2 minutes)
set -e
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "count-extraction-instructions: valgrind is not installed" >&2; exit 2; }
out=node_modules/.cache/qari-instructions
mkdir -p "$out"
npx esbuild scripts/extraction-driver.ts --bundle --platform=node --format=esm --outfile="$out/driver.mjs" --log-level=warning \
  --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
valgrind --tool=callgrind --callgrind-out-file=/dev/null \
  node --single-threaded --predictable --hash-seed=12345 --random-seed=7 "$out/driver.mjs" "${1:-0}" "${2:-2}" "${3:-0.3}" 2>&1 |
  sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/instructions: \1/p; /^[0-9 ]*$/p'
