#!/usr/bin/env bash
# Builds Kubarium and opens the dashboard on the built-in sample cluster. Extra arguments go to kubarium
# (e.g. scripts/dashboard.sh --cluster SampleClusters/rolling-update --speed 2).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
swift build -c release --product kubarium >&2
exec .build/release/kubarium "$@"
