#!/usr/bin/env bash
# Warm per-invocation cost of the process model: GetEvent (and a no-I/O handler) in process vs through a warm execution
# environment, taking turns; writes Benchmarks/results/process-overhead-<label>.md.
# Usage: bash Benchmarks/run-warm-overhead.sh [--invocations 2000] [--label NAME]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/Benchmarks/publish.sh"
cd "$root"
dotnet Benchmarks/ProcessModel/bin/Release/net10.0/EventFunctions.Benchmarks.ProcessModel.dll warm-overhead \
  --publish "$root/artifacts/benchmarks/publish" "$@"
