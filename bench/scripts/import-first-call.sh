#!/usr/bin/env bash
# Import-Module + first call, whole pwsh processes, two module folders compared in pairs.
# Each run: pwsh -NoProfile, Import-Module, Connect-Workplace -Emulator, Get-WorkplaceCommunity. Each pair runs both
# folders, alternating which goes first. Prints "pair before_ms after_ms" lines, then the medians and their ratio.
#   bench/scripts/import-first-call.sh BEFORE_MODULE_FOLDER AFTER_MODULE_FOLDER [PAIRS]
# The pinned pwsh (dotnet tool restore) runs under dotnet, as `dotnet pwsh` does.
set -uo pipefail
before=$1; after=$2; pairs=${3:-20}
pwsh_dll="${NUGET_PACKAGES:-$HOME/.nuget/packages}/powershell/7.6.10/tools/net10.0/any/unix/pwsh.dll"

run() {
  local start end
  start=$(date +%s%N)
  dotnet "$pwsh_dll" -NoProfile -NonInteractive -c \
    "Import-Module '$1/WorkplaceAdmin.psd1'; Connect-Workplace -Emulator | Out-Null; \$null = Get-WorkplaceCommunity -ErrorAction Stop" \
    >/dev/null || echo "run failed: $1" >&2
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

run "$before" >/dev/null; run "$after" >/dev/null   # warm the file cache
results=()
for i in $(seq 1 "$pairs"); do
  if (( i % 2 )); then b=$(run "$before"); a=$(run "$after"); else a=$(run "$after"); b=$(run "$before"); fi
  echo "$i $b $a"; results+=("$b $a")
done
printf '%s\n' "${results[@]}" | python3 -c '
import statistics as s, sys
pairs = [tuple(map(int, line.split())) for line in sys.stdin if line.strip()]
b = [p[0] for p in pairs]; a = [p[1] for p in pairs]
print(f"median before {s.median(b):.0f} ms, after {s.median(a):.0f} ms, ratio {s.median(a) / s.median(b):.3f}, "
      f"median of paired ratios {s.median([y / x for x, y in pairs]):.3f}")'
