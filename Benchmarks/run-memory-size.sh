#!/usr/bin/env bash
# GetEvent by memory size: cold starts and warm invocations of the aot environment at 128/256/512/1024 MB and the managed
# one at 512/1024 MB, each environment's CPU limited by a cgroup v1 cpu group (quota = period x MB / 1769); latency and
# GB-seconds per size. Needs root and a writable /sys/fs/cgroup/cpu; removes its groups afterwards.
# Writes Benchmarks/results/memory-size-<label>.md.
# Usage: bash Benchmarks/run-memory-size.sh [--runs 20] [--invocations 300] [--label NAME]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/Benchmarks/publish.sh"
cd "$root"
dotnet Benchmarks/ProcessModel/bin/Release/net10.0/EventFunctions.Benchmarks.ProcessModel.dll memory-size \
  --publish "$root/artifacts/benchmarks/publish" "$@"
