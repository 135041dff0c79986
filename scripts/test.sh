#!/usr/bin/env bash
# Set up and run the whole test suite on a fresh machine (the README's test command; .ci/run calls it).
#   - a virtualenv in .venv with the project and its test extra; pywb in .venv-pywb
#   - Debian's chromium and wget for the browser and WARC tests (apt-get when missing and we are root)
#   - pytest; "no tests collected" (exit 5) counts as a failure
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's own python3 when there is one: a venv made from it can be run by any user, as the deploy
# tests do (tests/test_deploy.py runs the scheduled crawl as nobody); an interpreter under a private
# home (pyenv in /root) cannot.
if [ -z "${PYTHON:-}" ] && [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null; then
  PYTHON=/usr/bin/python3
fi
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test,bench]'
# pywb (WACZ replay tests) in a venv of its own: it pins old releases of packages the project uses.
if [ ! -x .venv-pywb/bin/wayback ]; then
  "$PYTHON" -m venv .venv-pywb
  .venv-pywb/bin/python -m pip install --quiet -r tests/pywb-requirements.txt
fi

# Debian's chromium (browser tests, pywb replay), wget (a WARC written by another tool), systemd-analyze,
# redis-server (a province crawl's frontier).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v wget >/dev/null 2>&1 || missing+=(wget)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)      # the deploy tests verify the unit
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)    # the province tests' shared frontier
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "warning: ${missing[*]} not installed (sudo apt-get install ${missing[*]}); their tests will fail" >&2
  fi
fi

status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" = 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
