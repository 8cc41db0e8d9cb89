#!/usr/bin/env bash
# The whole test suite: vet, unit and end-to-end tests (with the race
# detector), a bounded fuzz run, and the corpus score guard. README.md gives
# this as the test command; .ci/run calls it after installing the tools.
#
# The load tests need a Virtuoso: when virtuoso-t is installed and none
# answers already, this starts a fresh one on 127.0.0.1 with
# .ci/virtuoso-loopback.sh (ports VIRTUOSO_HTTP_PORT/VIRTUOSO_SQL_PORT,
# default 18890/11111, db in VIRTUOSO_DIR) and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted"; exit 1; fi
echo "== go vet"
go vet ./...

echo "== virtuoso"
export VIRTUOSO_DIR="${VIRTUOSO_DIR:-/tmp/factloom-test-virtuoso}"
export VIRTUOSO_HTTP_PORT="${VIRTUOSO_HTTP_PORT:-18890}" VIRTUOSO_SQL_PORT="${VIRTUOSO_SQL_PORT:-11111}"
if ! command -v virtuoso-t >/dev/null; then
  echo "*** virtuoso-t not found: the load tests will be SKIPPED (apt-get install virtuoso-opensource) ***"
elif bash .ci/virtuoso-loopback.sh status >/dev/null 2>&1; then
  echo "using the Virtuoso already running for $VIRTUOSO_DIR"
else
  rm -rf "$VIRTUOSO_DIR"
  trap 'bash .ci/virtuoso-loopback.sh stop; rm -rf "$VIRTUOSO_DIR"' EXIT
  bash .ci/virtuoso-loopback.sh start
fi

echo "== go test"
go test -race -count=1 ./...
