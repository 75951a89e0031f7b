#!/usr/bin/env bash
# Cold start through the Runtime API: GetEvent, CreateEvent and the floor, in executable, managed and aot mode, fresh
# execution environments against one dynalite; writes Benchmarks/results/process-cold-start-<label>.md.
# Usage: bash Benchmarks/run-cold-start.sh [--runs 20] [--label NAME]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/Benchmarks/publish.sh"
cd "$root"
dotnet Benchmarks/ProcessModel/bin/Release/net10.0/EventFunctions.Benchmarks.ProcessModel.dll cold-start \
  --publish "$root/artifacts/benchmarks/publish" "$@"
