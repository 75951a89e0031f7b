#!/usr/bin/env bash
# Runs the whole test suite: installs the local tools it needs (npm ci: dynalite, aws-cdk), builds the
# solution once, publishes the Native AOT bootstrap, runs every *.Tests project and prints "N passed, N failed[, N skipped]".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

# npm ci when the installed tools are missing or older than the lock file.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "==> dotnet build"
dotnet build EventFunctions.sln -c Release --nologo -clp:ErrorsOnly

# The gateway's end-to-end, race and AWS CLI tests run on the Native AOT bootstrap too (the default deployment).
echo "==> publish the Native AOT bootstrap"
bash scripts/publish-aot.sh

status=0
while IFS= read -r project; do
  name="$(basename "$project" .csproj)"
  echo "==> $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done < <(find . -name '*.Tests.csproj' -not -path './node_modules/*' | sort)

node scripts/summarize-trx.mjs "$results" || status=1
exit "$status"
