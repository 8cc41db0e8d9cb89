#!/usr/bin/env bash
# The whole test suite, as README.md gives it: formatting, vet, the unit and
# end-to-end tests with the race detector (rapper and rdflib read every
# graph), a bounded run of each fuzz target, and the corpus score guard.
# .ci/run installs the outside tools first; on a laptop without them the
# tests that need them skip with a loud message.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
fuzztime=${FUZZTIME:-15s}

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted"; exit 1; fi

echo "== go vet"
go vet ./...

echo "== go test -race"
go test -race -count=1 ./...

echo "== fuzz ($fuzztime each)"
for target in extract:FuzzParse extract:FuzzInfobox graph:FuzzPipeline; do
  pkg=${target%%:*}; fn=${target#*:}
  go test "./$pkg" -run '^$' -fuzz "^$fn\$" -fuzztime "$fuzztime"
done

echo "== corpus score guard"
bash testdata/score-guard.sh
