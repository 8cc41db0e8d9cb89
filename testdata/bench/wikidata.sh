#!/usr/bin/env bash
# Benchmark of "factloom wikidata index" against "gzip -dc" on the same
# file, in the same run. The dumps are SYNTHETIC, for speed only: the
# sample's items repeated with new ids and filler statements
# (testdata/bench/synthdump), made once under testdata/bench/out/.
#
#   bash testdata/bench/wikidata.sh            # 256MB and 1GB dumps
#   bash testdata/bench/wikidata.sh 100MB      # other sizes
#   PAD=0 bash testdata/bench/wikidata.sh 1GB  # the sample's own small items
#
# For each dump it prints the compressed size, the time and peak memory of
# gzip -dc and of the index build, the build's speed in compressed MB/s and
# its time as a multiple of gzip -dc's.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/usr/local/go/bin"
out=testdata/bench/out
mkdir -p "$out"
pad=${PAD:-18}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(256MB 1GB)
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }

go build -o "$out/factloom" ./cmd/factloom
printf '%-8s %9s %9s %10s %9s %10s %9s %7s\n' size gz_MB gzip_s gzip_KB index_s index_KB index_MB/s ratio
for size in "${sizes[@]}"; do
  dump="$out/synthetic-pad$pad-$size.json.gz"
  if [ ! -s "$dump" ]; then
    go run ./testdata/bench/synthdump -pad "$pad" -size "$size" -o "$dump" >&2
  fi
  mb=$(stat -c %s "$dump" | awk '{printf "%.1f", $1/1e6}')
  /usr/bin/time -o "$out/gzip.time" -f '%e %M' gzip -dc "$dump" >/dev/null
  /usr/bin/time -o "$out/index.time" -f '%e %M' "$out/factloom" wikidata index "$dump" -o "$out/synthetic.idx" 2>"$out/index.log"
  read -r gs gk <"$out/gzip.time"
  read -r is ik <"$out/index.time"
  awk -v size="$size" -v mb="$mb" -v gs="$gs" -v gk="$gk" -v is="$is" -v ik="$ik" 'BEGIN {
    printf "%-8s %9s %9.2f %10d %9.2f %10d %9.1f %6.2fx\n", size, mb, gs, gk, is, ik, mb/is, is/gs }'
  rm -f "$out/synthetic.idx"
done
echo "(gz_MB: compressed dump size; *_KB: peak resident memory; ratio: index time / gzip -dc time)"
