#!/usr/bin/env bash
# Whether figcheck's time and memory grow linearly with the size of a single article: writes one
# article per size (bench/article_generator.cpp: dense with figures, and ordinary prose), runs
# `figcheck check FILE --format json -o REPORT` on it as a user would, and prints a Markdown table
# of wall and CPU time per MB and peak RSS per MB (`/usr/bin/time -v`), then, per style, the
# largest per-MB figure over the smallest (flat means under 1.5).
# Usage: bench/linearity.sh [MB...]      (default: 25 50 100 200)
#   FIGCHECK=path      the binary to measure (default: build/cli/figcheck, built first)
#   LINEARITY_STYLES   "dense plain" by default
#   BENCH_TMP          scratch folder (default /tmp/figcheck-linearity; needs 2× the largest size)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-25 50 100 200}")
read -r -a sizes <<<"${sizes[*]}"
read -r -a styles <<<"${LINEARITY_STYLES:-dense plain}"
scratch=${BENCH_TMP:-/tmp/figcheck-linearity}
if [ -z "${FIGCHECK:-}" ]; then
  bash scripts/build.sh
  FIGCHECK=build/cli/figcheck
  built_from=" (this tree, $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
fi
generator=build/bench/figcheck_generate_article
[ -x "$generator" ] || bash scripts/build.sh
mkdir -p "$scratch"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "figcheck: $FIGCHECK${built_from:-}"
echo

# Prints "wall_s cpu_s peak_kb" for one run of the command (its exit code is ignored: findings
# make it 1).
measure() {
  /usr/bin/time -v -o "$scratch/time.txt" "$@" >/dev/null 2>"$scratch/stderr.txt" || true
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /User time/ { cpu += $2 }
    /System time/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %.2f %d\n", wall, cpu, rss }' "$scratch/time.txt"
}

echo "| style | MB | wall | wall s/MB | CPU (user+sys) | CPU s/MB | peak RSS | RSS MB/MB | claims | findings |"
echo "|---|---|---|---|---|---|---|---|---|---|"
summary=()
for style in "${styles[@]}"; do
  per_mb=()
  for mb in "${sizes[@]}"; do
    article="$scratch/$style-$mb.txt"
    report="$scratch/report-$style-$mb.json"
    "$generator" --bytes "$((mb * 1000000))" --style "$style" --out "$article" >/dev/null
    bytes=$(stat -c %s "$article")
    read -r wall cpu kb < <(measure "$FIGCHECK" check "$article" --format json -o "$report")
    counts=$(python3 -c "
import json, sys
s = json.load(open(sys.argv[1]))['summary']
print(s['claims'], sum(s['findings'].values()))" "$report" 2>/dev/null || echo "? ?")
    read -r claims findings <<<"$counts"
    row=$(awk -v b="$bytes" -v w="$wall" -v c="$cpu" -v k="$kb" 'BEGIN {
      mb = b / 1e6; printf "%.4f %.4f %.2f", w / mb, c / mb, k / 1024 / mb }')
    read -r wall_mb cpu_mb rss_mb <<<"$row"
    per_mb+=("$cpu_mb $rss_mb $wall_mb")
    echo "| $style | $((bytes / 1000000)) | ${wall} s | ${wall_mb} | ${cpu} s | ${cpu_mb} | $((kb / 1024)) MB | ${rss_mb} | $claims | $findings |"
    rm -f "$article" "$report"
  done
  summary+=("$(printf '%s\n' "${per_mb[@]}" | awk -v s="$style" '
    NR == 1 { cl = ch = $1; rl = rh = $2; wl = wh = $3 }
    { if ($1 < cl) cl = $1; if ($1 > ch) ch = $1; if ($2 < rl) rl = $2; if ($2 > rh) rh = $2
      if ($3 < wl) wl = $3; if ($3 > wh) wh = $3 }
    END { printf "%s: largest / smallest per MB — CPU %.2f×, wall %.2f×, peak RSS %.2f×", s,
          ch / cl, wh / wl, rh / rl }')")
done
echo
printf '%s\n' "${summary[@]}"
