#!/usr/bin/env bash
# Publishes the five functions as one Native AOT executable, bootstrap, for the provided.al2023 runtime
# (ANNOTATIONS_HANDLER picks the function), and prints its size.
# Usage: scripts/publish-aot.sh [--arch x86_64|arm64] [--output DIR]
#   --arch    x86_64 (default) or arm64 (cross-compiled: needs clang and Debian's aarch64 toolchain, see README)
#   --output  the folder that receives bootstrap (default artifacts/lambda/aot-<arch>); only bootstrap is written there
set -euo pipefail

usage() { sed -n '2,6s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

arch=x86_64
output=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --arch) arch="${2:?--arch needs a value}"; shift 2 ;;
    --output) output="${2:?--output needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "publish-aot.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

properties=()
case "$arch" in
  x86_64) rid=linux-x64 ;;
  arm64)
    rid=linux-arm64
    # clang cross-links with --target=aarch64-linux-gnu against Debian's cross libc and libgcc; the host's objcopy
    # cannot strip an aarch64 binary, the cross binutils' can.
    for tool in clang aarch64-linux-gnu-gcc aarch64-linux-gnu-objcopy; do
      if ! command -v "$tool" >/dev/null; then
        echo "publish-aot.sh: --arch arm64 needs $tool. On Debian:" >&2
        echo "  apt-get install clang lld gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross" >&2
        exit 1
      fi
    done
    properties+=(-p:CppCompilerAndLinker=clang -p:ObjCopyName=aarch64-linux-gnu-objcopy)
    ;;
  *) echo "publish-aot.sh: --arch must be x86_64 or arm64, not '$arch'" >&2; exit 2 ;;
esac

if [[ -z "$output" ]]; then
  output="$root/artifacts/lambda/aot-$arch"
fi

# Publish into a folder of our own (a stale file there cannot ship), then copy bootstrap alone into the output.
staging="$root/artifacts/publish-aot/$arch"
rm -rf "$staging"
# The native compile and link are incremental, and blind to a change of linker (clang, or gcc where clang is missing):
# compiling afresh keeps bootstrap byte-for-byte what a clean clone (CI, CDK's asset hash) gets.
rm -rf "$root/Functions/obj/Release/net10.0/$rid/native" "$root/Functions/bin/Release/net10.0/$rid/native"
# ContinuousIntegrationBuild maps source paths to /_/, so the binary does not depend on the clone's location.
# NuGetAudit off: publishing must work offline, where the vulnerability feed is unreachable.
dotnet publish "$root/Functions/Functions.csproj" -c Release -r "$rid" -p:PublishAot=true \
  -p:ContinuousIntegrationBuild=true -p:NuGetAudit=false "${properties[@]}" \
  -o "$staging" --nologo --disable-build-servers </dev/null

mkdir -p "$output"
cp "$staging/bootstrap" "$output/bootstrap"
bytes=$(stat -c %s "$output/bootstrap")
echo "bootstrap ($arch): $output/bootstrap, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB)"
