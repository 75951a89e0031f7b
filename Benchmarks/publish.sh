#!/usr/bin/env bash
# Shared by run-cold-start.sh and run-warm-overhead.sh: publishes Functions and the floor program as the deployment
# publishes the managed code (ReadyToRun, linux-x64, framework-dependent) into artifacts/benchmarks/publish/{functions,floor}
# and builds the runner (Benchmarks/ProcessModel, which brings LocalGateway and the managed-runtime stand-in).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
[[ -f node_modules/dynalite/cli.js ]] || npm ci --no-audit --no-fund --loglevel=error

publish="$root/artifacts/benchmarks/publish"
rm -rf "$publish"
for project in functions:Functions/Functions.csproj floor:Benchmarks/ColdStartFloor/ColdStartFloor.csproj; do
  echo "==> publish ${project#*:}"
  dotnet publish "${project#*:}" -c Release -r linux-x64 --no-self-contained -p:PublishReadyToRun=true \
    -o "$publish/${project%%:*}" --nologo -clp:ErrorsOnly -v:q
done
echo "==> build Benchmarks/ProcessModel"
dotnet build Benchmarks/ProcessModel/ProcessModel.csproj -c Release --nologo -clp:ErrorsOnly -v:q
