#!/usr/bin/env bash
# score-guard: scores factloom with the independent scorer
# (../shared/eval/score) on two corpora, and fails when any category's F1,
# or the macro F1, falls below the floor recorded for that corpus:
#   - ../shared/corpus, the development corpus, linking to Wikidata through
#     an index of ../shared/wikidata/sample-dump.json.gz; floors in
#     testdata/score-floor.txt;
#   - testdata/corpus2, whole articles of the sample dump cut to their lead
#     and annotated for this project (see testdata/corpus2/README.md),
#     scored without linking; floors in testdata/score-floor-corpus2.txt.
# Raise the floors as the extractor improves:
#     bash testdata/score-guard.sh --record
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
shared=../shared
if [ ! -x "$shared/eval/score" ]; then
  if [ "${CI:-}" = true ]; then echo "score-guard: $shared/eval/score is missing" >&2; exit 1; fi
  echo "!!! score-guard: SKIPPED, no $shared/eval/score beside the repository" >&2; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/factloom" ./cmd/factloom
"$tmp/factloom" wikidata index "$shared/wikidata/sample-dump.json.gz" -o "$tmp/wikidata.idx"

# check NAME SCORE_JSON FLOOR_FILE: compares a score with its floors, or
# records them with --record.
check() {
  /usr/bin/python3 - "$1" "$2" "$3" "${record:-}" <<'PY'
import json, sys
name, score_file, floor_file, record = sys.argv[1:5]
score = json.load(open(score_file))
got = {c: v["f1"] for c, v in score["categories"].items() if v.get("f1") is not None}
got["overall"] = score["overall_f1"]
wd = score["categories"].get("wikidata", {})
if wd.get("f1") is not None:
    got["wikidata_precision"] = wd.get("precision") if wd.get("precision") is not None else 0.0
    got["wikidata_recall"] = wd.get("recall") if wd.get("recall") is not None else 0.0
if record == "--record":
    with open(floor_file, "w") as f:
        f.write(f"# F1 floors on {name}, written by: bash testdata/score-guard.sh --record\n")
        for c in sorted(got):
            f.write(f"{c} {int(got[c] * 1000) / 1000:.3f}\n")
    print(f"score-guard: {name}: floors recorded")
    sys.exit(0)
bad = 0
for line in open(floor_file):
    if line.startswith("#") or not line.strip():
        continue
    cat, floor = line.split()
    if cat not in got:
        print(f"score-guard: {name}: no score for {cat}"); bad = 1; continue
    if got[cat] + 1e-9 < float(floor):
        print(f"score-guard: {name}: {cat} F1 {got[cat]:.3f} is below its floor {floor}"); bad = 1
print(f"score-guard: {name}: " + ("FAILED" if bad else "all categories at or above their floors"))
sys.exit(bad)
PY
}

record=${1:-}
status=0
echo "score-guard: $shared/corpus"
"$shared/eval/score" --corpus "$shared/corpus" --queries ontology/competency \
  --cmd "$tmp/factloom extract --wikidata $tmp/wikidata.idx --format ntriples {input}" --json "$tmp/score.json" | tail -n 11
check "../shared/corpus" "$tmp/score.json" testdata/score-floor.txt || status=1
echo "score-guard: testdata/corpus2"
"$shared/eval/score" --corpus testdata/corpus2 --queries ontology/competency --without wikidata \
  --cmd "$tmp/factloom extract --format ntriples {input}" --json "$tmp/score2.json" | tail -n 10
check "testdata/corpus2" "$tmp/score2.json" testdata/score-floor-corpus2.txt || status=1
exit $status
