#!/bin/sh
# One scheduled crawl: the entry point for the systemd unit and the cron line (deploy/).
#   scripts/scheduled-crawl.sh [START_URL] [ARCHIVE_PATH]      (or the same as environment variables;
#   VENV: the project's virtualenv, default .venv in the project folder)
# It writes nothing in the project folder. Output goes to stdout/stderr (the journal, under
# systemd) or, with LOG_DIR set, is appended to $LOG_DIR/crawl.log (the folder is made). The exit
# status is the crawl's, passed on: 0 ran and every monitor passed, 3 ran but a monitor failed
# (crawl_runs.monitors says which and why), 2 one error line (unreachable portal, unusable or
# locked archive), 1 Scrapy could not start (docs/operations.md).
set -eu
project=$(cd "$(dirname "$0")/.." && pwd)

START_URL=${1:-${START_URL:-https://vinhte.chaudoc.angiang.gov.vn/}}
ARCHIVE_PATH=${2:-${ARCHIVE_PATH:-archive.db}}
VENV=${VENV:-$project/.venv}

if [ -n "${LOG_DIR:-}" ]; then
  mkdir -p "$LOG_DIR"
  exec >>"$LOG_DIR/crawl.log" 2>&1
fi

echo "$(date -Is) crawl ${START_URL} -> ${ARCHIVE_PATH}"
status=0
"$VENV/bin/python" -m crawler.cli crawl -a "start_url=${START_URL}" -s "ARCHIVE_PATH=${ARCHIVE_PATH}" || status=$?
echo "$(date -Is) crawl ${START_URL} -> ${ARCHIVE_PATH}: exit ${status}"
exit "${status}"
