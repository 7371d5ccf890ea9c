#!/usr/bin/env bash
# Builds Kubarium and runs every test. Set KUBARIUM_FUZZ_CASES for longer fuzzing, KUBARIUM_RECORD_SNAPSHOTS=1 to
# rewrite screen snapshots.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
swift build --build-tests
swift test --skip-build
