#!/usr/bin/env bash
# One scheduled crawl: the entry point for cron and the systemd timer (deploy/).
#   scripts/scheduled-crawl.sh [START_URL] [ARCHIVE_PATH]
# Logs go to logs/crawl-YYYYmmdd-HHMMSS.log (kept 60 days); the exit status is scrapy's
# (docs/operations.md lists them). A second run while one is active exits 2 at once: the archive
# lock refuses it, so runs never pile up.
set -euo pipefail
cd "$(dirname "$0")/.."

START_URL=${1:-${START_URL:-https://vinhte.chaudoc.angiang.gov.vn/}}
ARCHIVE=${2:-${ARCHIVE_PATH:-archive.db}}
mkdir -p logs
log="logs/crawl-$(date +%Y%m%d-%H%M%S).log"
find logs -name 'crawl-*.log' -mtime +60 -delete 2>/dev/null || true

status=0
.venv/bin/scrapy crawl portal -a "start_url=${START_URL}" -s "ARCHIVE_PATH=${ARCHIVE}" \
  -s LOG_FILE="${log}" -s LOG_LEVEL=INFO || status=$?
echo "$(date -Is) crawl ${START_URL} -> ${ARCHIVE}: exit ${status} (log ${log})" >> logs/runs.log
exit "${status}"
