#!/usr/bin/env bash
# score-guard: scores factloom on the development corpus with the
# independent scorer (../shared/eval/score), linking to Wikidata through an
# index of ../shared/wikidata/sample-dump.json.gz, and fails when any
# category's F1, or the macro F1, falls below the floor recorded in
# testdata/score-floor.txt.
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
"$shared/eval/score" --corpus "$shared/corpus" --queries ontology/competency \
  --cmd "$tmp/factloom extract --wikidata $tmp/wikidata.idx --format ntriples {input}" --json "$tmp/score.json" | tail -n 11
/usr/bin/python3 - "$tmp/score.json" testdata/score-floor.txt "${1:-}" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
got = {c: v["f1"] for c, v in score["categories"].items() if v.get("f1") is not None}
got["overall"] = score["overall_f1"]
wd = score["categories"].get("wikidata", {})
got["wikidata_precision"] = wd.get("precision") if wd.get("precision") is not None else 0.0
got["wikidata_recall"] = wd.get("recall") if wd.get("recall") is not None else 0.0
if sys.argv[3] == "--record":
    with open(sys.argv[2], "w") as f:
        f.write("# F1 floors on ../shared/corpus, written by: bash testdata/score-guard.sh --record\n")
        for c in sorted(got):
            f.write(f"{c} {int(got[c] * 1000) / 1000:.3f}\n")
    print("score-guard: floors recorded")
    sys.exit(0)
bad = 0
for line in open(sys.argv[2]):
    if line.startswith("#") or not line.strip():
        continue
    cat, floor = line.split()
    if cat not in got:
        print(f"score-guard: no score for {cat}"); bad = 1; continue
    if got[cat] + 1e-9 < float(floor):
        print(f"score-guard: {cat} F1 {got[cat]:.3f} is below its floor {floor}"); bad = 1
print("score-guard: " + ("FAILED" if bad else "all categories at or above their floors"))
sys.exit(bad)
PY
