#!/usr/bin/env bash
# Set up and run the whole test suite on a fresh machine (the README's test command; .ci/run calls it).
#   - a virtualenv in .venv with the project and its test extra
#   - Debian's chromium for the browser tests (installed with apt-get when missing and we are root)
#   - pytest; "no tests collected" (exit 5) counts as a failure
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test,bench]'

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "warning: chromium is not installed (sudo apt-get install chromium); browser tests will fail" >&2
  fi
fi

status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" = 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
