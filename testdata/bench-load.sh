#!/usr/bin/env bash
# bench-load.sh: factloom load over HTTP against Virtuoso's own bulk loader,
# on the same data, in the same run, on a fresh Virtuoso on 127.0.0.1.
#
#   bash testdata/bench-load.sh            # from the repository root
#
# 1. Extracts the corpus (../shared/corpus/*.txt) to N-Triples and
#    replicates it with fresh IRIs per copy (the base .../id/ becomes
#    .../id/copyN/) to at least BENCH_TRIPLES triples, in BENCH_FILES files.
# 2. Starts a fresh Virtuoso with .ci/virtuoso-loopback.sh (its own dir and
#    ports, VIRTUOSO_BUFFERS pages of cache) and, BENCH_ROUNDS times, in
#    alternating order, loads the files into an empty graph:
#    - bulk: isql "ld_dir(dir, '*.nt', graph); rdf_loader_run();"
#    - factloom: factloom load --graph G --protocol gsp FILES (HTTP, digest
#      auth, staging graph + COPY, all checks on)
#    Each is timed from the command's start to its end, after a checkpoint;
#    neither includes a checkpoint after it. Both graphs are then counted
#    and dropped.
# 3. Prints triples/s of each and the ratio factloom/bulk, then stops the
#    server and removes its dir.
#
# The rates are sums over the rounds (triples x rounds / total seconds). The
# machine's load average is printed with each run: other work on the
# machine slows both loaders, and the ratio moves with it.
#
# Environment: BENCH_TRIPLES (1000000), BENCH_FILES (8), BENCH_ROUNDS (3),
# BENCH_DIR (a temp dir), VIRTUOSO_BUFFERS (100000), VIRTUOSO_HTTP_PORT
# (28891), VIRTUOSO_SQL_PORT (21112), FACTLOOM_LOAD_FLAGS (extra flags).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

TRIPLES="${BENCH_TRIPLES:-1000000}"
FILES="${BENCH_FILES:-8}"
ROUNDS="${BENCH_ROUNDS:-3}"
WORK="${BENCH_DIR:-$(mktemp -d /tmp/factloom-bench.XXXXXX)}"
export VIRTUOSO_DIR="$WORK/virtuoso"
export VIRTUOSO_HTTP_PORT="${VIRTUOSO_HTTP_PORT:-28891}" VIRTUOSO_SQL_PORT="${VIRTUOSO_SQL_PORT:-21112}"
export VIRTUOSO_BUFFERS="${VIRTUOSO_BUFFERS:-100000}"
V="http://127.0.0.1:$VIRTUOSO_HTTP_PORT"
BASE="https://w3id.org/factloom/id/"

say() { echo "bench: $*" >&2; }
now() { date +%s.%N; }

mkdir -p "$WORK/data"
trap 'bash .ci/virtuoso-loopback.sh stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

say "building factloom"
go build -o "$WORK/factloom" ./cmd/factloom

say "extracting the corpus"
"$WORK/factloom" extract -f nt -o "$WORK/corpus.nt" ../shared/corpus/*.txt || [ $? = 1 ]
per=$(wc -l <"$WORK/corpus.nt")
copies=$(( (TRIPLES + per - 1) / per ))
say "$per triples per corpus copy, $copies copies in $FILES files"
awk -v n="$copies" -v files="$FILES" -v base="$BASE" -v dir="$WORK/data" '
  { line[NR] = $0 }
  END {
    for (c = 1; c <= n; c++) {
      f = sprintf("%s/part%03d.nt", dir, (c - 1) % files)
      for (i = 1; i <= NR; i++) { l = line[i]; gsub(base, base "copy" c "/", l); print l > f }
    }
  }' "$WORK/corpus.nt"
total=$(cat "$WORK"/data/*.nt | wc -l)
size=$(du -sh "$WORK/data" | cut -f1)
say "$total triples ($size of N-Triples)"

say "starting Virtuoso (VIRTUOSO_BUFFERS=$VIRTUOSO_BUFFERS)"
bash .ci/virtuoso-loopback.sh start >&2
PW_FILE="$VIRTUOSO_DIR/dba-password"
LOAD_DIR="$VIRTUOSO_DIR/load/bench"
mkdir -p "$LOAD_DIR"
cp "$WORK"/data/*.nt "$LOAD_DIR/"

sql() { # isql-vt exits 0 on SQL errors: fail on "*** Error"
  local out
  out=$(isql-vt "127.0.0.1:$VIRTUOSO_SQL_PORT" dba "$(cat "$PW_FILE")" exec="$1" 2>&1)
  if grep -q '\*\*\* Error' <<<"$out"; then echo "$out" >&2; return 1; fi
  echo "$out"
}
count() {
  curl -sS -G "$V/sparql" --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$1> { ?s ?p ?o } }" \
    -H 'Accept: text/csv' | tail -1
}

bulk() {
  local g=urn:factloom:bench:bulk t0 t1
  sql "checkpoint;" >/dev/null
  t0=$(now)
  sql "ld_dir('$LOAD_DIR', '*.nt', '$g'); rdf_loader_run();" >/dev/null
  t1=$(now)
  if sql "select ll_file, ll_error from DB.DBA.load_list where ll_error is not null;" | grep -q "$LOAD_DIR"; then
    say "bulk loader reported an error"; exit 1
  fi
  check "$g" "bulk" "$t0" "$t1"
  sql "delete from DB.DBA.load_list; SPARQL CLEAR GRAPH <$g>; checkpoint;" >/dev/null
}

http() {
  local g=urn:factloom:bench:http t0 t1
  sql "checkpoint;" >/dev/null
  t0=$(now)
  # shellcheck disable=SC2086
  "$WORK/factloom" load --endpoint "$V/sparql-auth" --user dba --password-file "$PW_FILE" \
    --graph "$g" ${FACTLOOM_LOAD_FLAGS:-} "$WORK"/data/*.nt
  t1=$(now)
  check "$g" "factloom" "$t0" "$t1"
  sql "SPARQL CLEAR GRAPH <$g>; checkpoint;" >/dev/null
}

# check counts a graph and records the run's time.
check() {
  local n secs
  n=$(count "$1")
  [ "$n" = "$total" ] || { say "$2: graph has $n triples, want $total"; exit 1; }
  secs=$(echo "$4 - $3" | bc -l)
  printf '%s %.2f\n' "$2" "$secs" >>"$WORK/times"
  say "$(printf '%-9s %d triples in %6.2f s: %7.0f triples/s (load average %s)' "$2" "$n" "$secs" \
    "$(echo "$n / $secs" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)")"
}

: >"$WORK/times"
for r in $(seq 1 "$ROUNDS"); do
  say "round $r of $ROUNDS"
  if [ $((r % 2)) = 1 ]; then bulk; http; else http; bulk; fi
done

awk -v n="$total" -v rounds="$ROUNDS" -v cores="$(nproc)" '
  { t[$1] += $2 }
  END {
    b = n * rounds / t["bulk"]; f = n * rounds / t["factloom"]
    printf "triples per load: %d, rounds: %d, cores: %d\n", n, rounds, cores
    printf "bulk loader (ld_dir + rdf_loader_run): %8.0f triples/s\n", b
    printf "factloom load (HTTP, GSP):             %8.0f triples/s\n", f
    printf "ratio factloom/bulk: %.2f\n", f / b
  }' "$WORK/times"
