#!/bin/sh
# setup.sh [--test]: installs what latecomer needs on Debian, idempotently.
# Without arguments: the build (compiler, CMake, Lua 5.4, libyaml, cJSON,
# cmocka). With --test: also what the whole test suite uses (python3 for the
# CLI tests, with PyYAML and jsonschema for the pipeline and result-schema
# tests, GNU parallel for the map-step test, clang for the fuzz targets,
# graphviz for `latecomer measures -f dot`, chromium for the HTML report test).
# Runs as root, or through sudo when it is not root. Installs nothing that
# is already there and does not touch the package lists when nothing is missing.
set -eu

build_pkgs="gcc make cmake pkg-config liblua5.4-dev libyaml-dev libcjson-dev libcmocka-dev"
test_pkgs="clang-format python3 python3-yaml python3-jsonschema parallel clang libclang-rt-dev graphviz chromium"

pkgs=$build_pkgs
for arg in "$@"; do
  case $arg in
    --test) pkgs="$pkgs $test_pkgs" ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument '$arg' (expected --test)" >&2; exit 2 ;;
  esac
done

missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "setup.sh: need root or sudo to install:$missing" >&2
  exit 1
fi
echo "setup.sh: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$as_root apt-get update -qq
# shellcheck disable=SC2086
$as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
