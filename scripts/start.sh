#!/usr/bin/env bash
# Runs the whole API locally: installs the local tools it needs (npm ci: dynalite), builds LocalGateway and the
# functions, then serves them on http://127.0.0.1:5080 with an in-memory dynalite and the events table.
# Options: --port N (0 = a free port), --table NAME, --dynamodb-endpoint URL, --cors-origins LIST,
# --mode executable|managed|aot, --max-environments N, --watch, --auth none|cognito|iam, --auth-reads; --help for more.
# Ctrl+C or SIGTERM stops the gateway and the dynalite it started.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# npm ci when the installed tools are missing or older than the lock file (the same check as scripts/test.sh).
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund --loglevel=error </dev/null
fi

# No build servers: nothing the script started may outlive it.
echo "==> dotnet build LocalGateway"
dotnet build LocalGateway/LocalGateway.csproj -c Release --nologo -clp:ErrorsOnly --disable-build-servers </dev/null

# A function in aot mode runs the Native AOT bootstrap: publish it first.
if [[ " $* ${RUNTIME_MODE:-} " =~ aot ]]; then
  echo "==> publish the Native AOT bootstrap"
  bash scripts/publish-aot.sh </dev/null
fi

# exec: the gateway itself receives Ctrl+C/SIGTERM, and it stops the dynalite it started.
exec dotnet LocalGateway/bin/Release/net10.0/EventFunctions.LocalGateway.dll "$@"
