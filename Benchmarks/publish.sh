#!/usr/bin/env bash
# Shared by run-cold-start.sh, run-warm-overhead.sh and run-memory-size.sh: publishes into artifacts/benchmarks/publish/
#   functions, floor          as the deployment publishes the managed code (ReadyToRun, linux-x64, framework-dependent)
#   functions-aot             the functions' Native AOT bootstrap, by scripts/publish-aot.sh (the default deployment)
#   floor-aot                 the floor program with -p:PublishAot=true (zero trim/AOT warnings), its binary named bootstrap
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

echo "==> scripts/publish-aot.sh (functions' bootstrap)"
bash "$root/scripts/publish-aot.sh" --output "$publish/functions-aot"

echo "==> publish Benchmarks/ColdStartFloor -p:PublishAot=true"
staging="$root/artifacts/benchmarks/floor-aot-staging"
rm -rf "$staging"
dotnet publish Benchmarks/ColdStartFloor/ColdStartFloor.csproj -c Release -r linux-x64 -p:PublishAot=true \
  -p:ContinuousIntegrationBuild=true -p:NuGetAudit=false -o "$staging" --nologo -clp:ErrorsOnly -v:q </dev/null
mkdir -p "$publish/floor-aot"
cp "$staging/EventFunctions.Benchmarks.ColdStartFloor" "$publish/floor-aot/bootstrap"

echo "==> build Benchmarks/ProcessModel"
dotnet build Benchmarks/ProcessModel/ProcessModel.csproj -c Release --nologo -clp:ErrorsOnly -v:q
