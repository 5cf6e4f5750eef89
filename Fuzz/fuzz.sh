#!/usr/bin/env bash
# Builds and runs the fuzz targets (libFuzzer, through `swiftc -sanitize=fuzzer`).
#
#   Fuzz/fuzz.sh build                      build the targets into .build/fuzz/
#   Fuzz/fuzz.sh run TARGET SECONDS [OPT]   fuzz one target (proposal, rules or assess)
#                                           for SECONDS; OPT are more libFuzzer options
#   Fuzz/fuzz.sh ci [SECONDS]               build, then run each target for SECONDS
#                                           (default 25) and replay Fuzz/Crashes
#
# The corpus grows in .build/fuzz/corpus/TARGET; seeds come from scenarios/ and rules/,
# and every input in Fuzz/Crashes/TARGET (crashes found before, kept as regressions).
# A crash is written to .build/fuzz/artifacts/TARGET/ and the run exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/fuzz
targets=(proposal rules assess)
# libFuzzer must see the crash itself, not the Swift runtime's backtracer.
export SWIFT_BACKTRACE=enable=no

check_target() {
  case "$1" in
    proposal | rules | assess) ;;
    *) echo "unknown target '$1': one of ${targets[*]}" >&2; exit 2 ;;
  esac
}

# One binary holds every target (NETWORK_ADVISOR_FUZZ_TARGET picks one), so the library
# is compiled once. Swift 6 mode, as in Package.swift. The library's default rules are
# generated first, as SwiftPM's EmbedRules plugin does, by the same generator
# (Sources/embed-rules), into .build/fuzz/generated.
build() {
  mkdir -p "$out"
  swiftc -swift-version 6 -module-name embed_rules Sources/embed-rules/*.swift \
    -o "$out/embed-rules"
  rm -rf "$out/generated"
  "$out/embed-rules" "$out/generated" rules/*.rules rules/plan.costs
  local library
  library=$(find Sources/NetworkAdvisor "$out/generated" -name '*.swift' | sort)
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer -parse-as-library -swift-version 6 -O -g -module-name NetworkAdvisor \
    -package-name NetworkAdvisor \
    $library Fuzz/Targets/*.swift -o "$out/network-advisor-fuzzer"
}

seeds() {
  local target=$1 folder="$out/seeds/$1"
  rm -rf "$folder"
  mkdir -p "$folder"
  case "$target" in
    proposal | assess) cp scenarios/proposals/*.json scenarios/*.scenario.json "$folder"/ ;;
    rules) cp rules/*.rules "$folder"/ ;;
  esac
  if [ -d "Fuzz/Crashes/$target" ]; then
    find "Fuzz/Crashes/$target" -type f ! -name '.*' -exec cp {} "$folder"/ \;
  fi
  echo "$folder"
}

run() {
  local target=$1 seconds=$2
  shift 2
  check_target "$target"
  local dictionary=()
  case "$target" in
    proposal) dictionary=(-dict=Fuzz/Dictionaries/proposal.dict) ;;
    rules) dictionary=(-dict=Fuzz/Dictionaries/rules.dict) ;;
  esac
  local seeds_folder
  seeds_folder=$(seeds "$target")
  mkdir -p "$out/corpus/$target" "$out/artifacts/$target"
  NETWORK_ADVISOR_FUZZ_TARGET=$target "$out/network-advisor-fuzzer" "$out/corpus/$target" "$seeds_folder" "${dictionary[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$target/" "$@"
}

replay() {
  local target=$1
  local inputs=()
  while IFS= read -r -d '' file; do inputs+=("$file"); done < <(
    find "Fuzz/Crashes/$target" -type f ! -name '.*' -print0 2>/dev/null)
  if [ ${#inputs[@]} -gt 0 ]; then
    NETWORK_ADVISOR_FUZZ_TARGET=$target "$out/network-advisor-fuzzer" "${inputs[@]}"
  fi
}

case "${1:-}" in
  build) build ;;
  run)
    [ $# -ge 3 ] || { echo "usage: Fuzz/fuzz.sh run TARGET SECONDS [libFuzzer options]" >&2; exit 2; }
    run "${@:2}"
    ;;
  ci)
    # Quiet unless something fails: each run's log is kept in .build/fuzz/TARGET.log.
    seconds=${2:-25}
    build
    for target in "${targets[@]}"; do
      replay "$target" >"$out/$target-replay.log" 2>&1 || { cat "$out/$target-replay.log"; exit 1; }
      run "$target" "$seconds" >"$out/$target.log" 2>&1 || { tail -n 60 "$out/$target.log"; exit 1; }
      echo "fuzz $target: $(grep -E '^#[0-9]+[[:space:]]+DONE' "$out/$target.log" | tail -n 1)"
    done
    ;;
  *)
    echo "usage: Fuzz/fuzz.sh build | run TARGET SECONDS [libFuzzer options] | ci [SECONDS]" >&2
    exit 2
    ;;
esac
