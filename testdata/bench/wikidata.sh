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
# For each dump it runs gzip -dc and the index build REPEAT times (3),
# alternately, and prints the compressed size, the median wall and CPU time
# and the peak memory of each, the build's speed in compressed MB/s and its
# time as a multiple of gzip -dc's.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/usr/local/go/bin"
out=testdata/bench/out
mkdir -p "$out"
pad=${PAD:-18}
repeat=${REPEAT:-3}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(256MB 1GB)
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }

go build -o "$out/factloom" ./cmd/factloom
printf '%-6s %7s %7s %9s %8s %7s %9s %8s %10s %6s %9s\n' size gz_MB gzip_s gzip_cpu gzip_KB index_s index_cpu index_KB index_MB/s ratio limit_KB
for size in "${sizes[@]}"; do
  dump="$out/synthetic-pad$pad-$size.json.gz"
  if [ ! -s "$dump" ]; then
    go run ./testdata/bench/synthdump -pad "$pad" -size "$size" -o "$dump" >&2
  fi
  mb=$(stat -c %s "$dump" | awk '{printf "%.1f", $1/1e6}')
  : >"$out/gzip.times"
  : >"$out/index.times"
  for _ in $(seq "$repeat"); do # alternate, so that load from elsewhere hits both alike
    /usr/bin/time -a -o "$out/gzip.times" -f '%e %U %S %M' gzip -dc "$dump" >/dev/null
    /usr/bin/time -a -o "$out/index.times" -f '%e %U %S %M' "$out/factloom" wikidata index "$dump" -o "$out/synthetic.idx" 2>"$out/index.log"
  done
  # once more with a soft memory limit: what the index build really holds,
  # without the garbage collector's headroom
  GOMEMLIMIT=160MiB /usr/bin/time -o "$out/limit.time" -f '%M' "$out/factloom" wikidata index "$dump" -o "$out/synthetic.idx" 2>"$out/index.log"
  read -r lk <"$out/limit.time"
  # the median run by wall time, and the highest peak memory of all runs
  read -r gs gc gk < <(sort -n "$out/gzip.times" | awk '{w[NR]=$1; c[NR]=$2+$3; if ($4>m) m=$4} END {i=int((NR+1)/2); print w[i], c[i], m}')
  read -r is ic ik < <(sort -n "$out/index.times" | awk '{w[NR]=$1; c[NR]=$2+$3; if ($4>m) m=$4} END {i=int((NR+1)/2); print w[i], c[i], m}')
  awk -v size="$size" -v mb="$mb" -v gs="$gs" -v gc="$gc" -v gk="$gk" -v is="$is" -v ic="$ic" -v ik="$ik" -v lk="$lk" 'BEGIN {
    printf "%-6s %7s %7.1f %9.1f %8d %7.1f %9.1f %8d %10.1f %5.2fx %9d\n", size, mb, gs, gc, gk, is, ic, ik, mb/is, is/gs, lk }'
  rm -f "$out/synthetic.idx"
done
echo "(gz_MB: compressed size; *_s: wall seconds; *_cpu: user+system CPU seconds; *_KB: peak resident memory;"
echo " limit_KB: peak of one more index run under GOMEMLIMIT=160MiB;"
echo " index_MB/s: compressed MB indexed per wall second; ratio: index wall time / gzip -dc wall time;"
echo " medians of $repeat alternating runs)"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows both runs)"
