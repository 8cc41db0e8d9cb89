#!/usr/bin/env bash
# The whole test suite, as README.md gives it: formatting, vet, the unit and
# end-to-end tests with the race detector (rapper and rdflib read every
# graph, a real Virtuoso takes every load), a bounded run of each fuzz
# target, and the corpus score guard. .ci/run installs the outside tools
# first; on a laptop without them the tests that need them skip with a loud
# message.
#
# The load tests need a Virtuoso: when virtuoso-t is installed and none
# answers already, this starts a fresh one on 127.0.0.1 with
# .ci/virtuoso-loopback.sh (ports VIRTUOSO_HTTP_PORT/VIRTUOSO_SQL_PORT,
# default 18890/11111, db in VIRTUOSO_DIR) and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
fuzztime=${FUZZTIME:-15s}

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*'))
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

echo "== go test -race"
# One package at a time: the load tests of cmd/factloom and graph/sparql
# share the Virtuoso, and one of them stops and restarts a server.
go test -race -count=1 -p 1 ./...

echo "== fuzz ($fuzztime each)"
for target in extract:FuzzParse extract:FuzzInfobox graph:FuzzPipeline; do
  pkg=${target%%:*}; fn=${target#*:}
  go test "./$pkg" -run '^$' -fuzz "^$fn\$" -fuzztime "$fuzztime"
done

echo "== corpus score guard"
bash testdata/score-guard.sh
