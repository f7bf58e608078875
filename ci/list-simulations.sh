#!/usr/bin/env bash
# Prints the simulations to run as a JSON array of class simple names, for the nightly's matrix.
# Usage: ci/list-simulations.sh [all | Name1,Name2,...]
set -euo pipefail
cd "$(dirname "$0")/.."

dir=src/test/java/com/salesmachine/loadtest/simulations
available=$(ls "$dir" | sed -n 's/^\([A-Za-z0-9]*Simulation\)\.java$/\1/p' | sort)
wanted=${1:-all}
if [ "$wanted" = "all" ] || [ -z "$wanted" ]; then
  selected=$available
else
  selected=""
  for name in $(echo "$wanted" | tr ',' ' '); do
    if ! echo "$available" | grep -qx "$name"; then
      echo "ERROR simulations: '$name' is not a simulation; use all or some of: $(echo $available | tr ' ' ',')" >&2
      exit 64
    fi
    selected="$selected $name"
  done
fi
printf '['
sep=""
for name in $selected; do printf '%s"%s"' "$sep" "$name"; sep=","; done
printf ']\n'
