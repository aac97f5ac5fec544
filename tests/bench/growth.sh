#!/usr/bin/env bash
# Growth benchmark: the Porto Alegre city project (as tests/bench/city.sh makes it)
# tiled 1, 4, 16, 64 … times, one process per size, so the README can show that
# time and memory grow with the work (edges, cells, facilities), not faster.
#
# Usage: tests/bench/growth.sh [BUILD_DIR] [TILES_PER_SIDE …]   (default: 1 2 4 8)
#   tests/bench/growth.sh build 11   the province: 121 tiles, 5.5 million segments
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
shift || true
sides=("$@")
[ ${#sides[@]} -gt 0 ] || sides=(1 2 4 8)
shared=${QH_SHARED_DATA:-$here/../shared/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/tests/bench/poa_project.sh" "$build/quarterhour-cli" "$shared" "$work"
for side in "${sides[@]}"; do
    "$build/tests/bench_growth" "$work/poa.qhproj" "$side"
done
