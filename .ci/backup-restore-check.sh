#!/usr/bin/env bash
# The backup and restore procedure of the README, checked on a throw-away PostgreSQL cluster:
# demo data and a resident's folder are dumped with pg_dump, restored with pg_restore into a fresh
# database, and the folder must read the same (tests/integration/backup-restore.test.ts, which
# .ci/run also runs with the other integration tests on PostgreSQL). Prints the dump's size and
# the times taken.
#
#   bash .ci/backup-restore-check.sh [port]     default port 5439
set -euo pipefail
cd "$(dirname "$0")/.."

pg_dir=$(mktemp -d /tmp/asiointi-backup-check.XXXXXX)
cleanup() { bash .ci/throwaway-postgres.sh stop "$pg_dir" || true; }
trap cleanup EXIT
database_url=$(bash .ci/throwaway-postgres.sh start "$pg_dir" "${1:-5439}")
TEST_DATABASE_URL="$database_url" npx vitest run tests/integration/backup-restore.test.ts
