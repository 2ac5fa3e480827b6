#!/usr/bin/env bash
# The whole suite once on the main database, then a smoke run on the other one
# (DESIGN §9): DATABASE_URL set → full run there, smoke run on the embedded server;
# unset → full run on the embedded server.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTEST=(.venv/bin/pytest -p no:cacheprovider --create-db)
status=0
started=$(date +%s)
if [ -n "${DATABASE_URL:-}" ]; then
  echo "== Bộ kiểm thử đầy đủ trên ${DATABASE_URL%%\?*}"
  "${PYTEST[@]}" -q || status=$?
  echo "== Kiểm thử nhanh (smoke) trên PostgreSQL nhúng"
  env -u DATABASE_URL PORTAL_TEST_UNITS=txdh,phuong-1,phuong-2 \
    "${PYTEST[@]}" -q -m smoke || status=$?
else
  echo "== Bộ kiểm thử đầy đủ trên PostgreSQL nhúng (DATABASE_URL chưa đặt)"
  "${PYTEST[@]}" -q || status=$?
fi
echo "== Thời gian: $(( $(date +%s) - started )) s"
exit $status
