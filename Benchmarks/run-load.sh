#!/usr/bin/env bash
# Load: builds LocalGateway, starts it on a free 127.0.0.1 port with its own dynalite, drives each scenario with
# autocannon (pinned in package.json) and writes Benchmarks/results/load-<label>.md; stops the gateway it started.
# Usage: bash Benchmarks/run-load.sh [--label NAME] [--requests N] [--connections N] [--mode aot|managed|executable] [--gateway DLL]
#        (--max-environments = max(connections, 10); --mode aot runs the published bootstrap: bash scripts/publish-aot.sh first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
[[ -f node_modules/autocannon/package.json && -f node_modules/dynalite/cli.js ]] || npm ci --no-audit --no-fund --loglevel=error
dotnet build LocalGateway/LocalGateway.csproj -c Release --nologo -clp:ErrorsOnly -v:q
node Benchmarks/Load/load.mjs "$@"
