#!/usr/bin/env bash
# Cold start: publishes Functions, the Bootstrap (runtime stand-in) and the floor program twice (ReadyToRun and IL
# only) into artifacts/benchmarks/publish, then spawns fresh processes against one dynalite and writes
# Benchmarks/results/cold-start-<label>.md.  Usage: bash Benchmarks/run-cold-start.sh [--runs N] [--label NAME]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
[[ -f node_modules/dynalite/cli.js ]] || npm ci --no-audit --no-fund --loglevel=error

publish="$root/artifacts/benchmarks/publish"
rm -rf "$publish"
for mode in r2r il; do
  r2r=false; [[ $mode == r2r ]] && r2r=true
  for project in functions:Functions/Functions.csproj bootstrap:Benchmarks/Bootstrap/Bootstrap.csproj \
                 floor:Benchmarks/ColdStartFloor/ColdStartFloor.csproj; do
    echo "==> publish ${project#*:} ($mode)"
    dotnet publish "${project#*:}" -c Release -r linux-x64 --no-self-contained -p:PublishReadyToRun=$r2r \
      -o "$publish/${project%%:*}-$mode" --nologo -clp:ErrorsOnly -v:q
  done
done

dotnet run -c Release --project Benchmarks/ColdStart -- --publish "$publish" "$@"
