#!/usr/bin/env bash
# Speed benchmark of factloom extract on a synthetic multistream dump of at
# least 1 GB built from the real sample pages (mkdump: pages retitled and
# renumbered; synthetic, for speed only). In one run it reports the wall
# time and peak memory of factloom extract, and of the decompression alone
# of the same file by lbzip2 -dc -n N with N the cores factloom used.
#
#   bash testdata/bench/dump.sh            # one conflict page in 1000 pages (MIX=1000), as in a real dump
#   MIX=0 bash testdata/bench/dump.sh      # the sample's mix (24 conflict pages to 7 others)
#   SIZE=200000000 bash testdata/bench/dump.sh   # a smaller dump for a quick look
#   GO_DECODER=1 bash testdata/bench/dump.sh     # also time factloom with --bzip2 go
#   ROUNDS=3 bash testdata/bench/dump.sh         # alternate the two commands 3 times (default 2), keep the best
#
# Needs lbzip2 and GNU time (apt-get install lbzip2 time). Files go to
# testdata/bench/out/ (git-ignored); the dump is kept for the next run.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/usr/local/go/bin"
out=testdata/bench/out
mkdir -p "$out"
jobs=${JOBS:-$(nproc)}
size=${SIZE:-1073741824}
mix=${MIX:-1000} # real dumps hold fewer conflict pages still (about 1 in 4,000)
name="$out/synthetic-$size-mix$mix"
for tool in lbzip2 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "dump.sh: $tool is missing (apt-get install lbzip2 time)"; exit 1; }
done

go build -o "$out/factloom" ./cmd/factloom
if [ ! -f "$name-multistream.xml.bz2" ]; then
  go run ./testdata/bench/mkdump -sample ../shared/wikitext/sample-pages-articles.xml -out "$name" -size "$size" -conflict-every "$mix" -jobs "$jobs"
fi
dump="$name-multistream.xml.bz2"
index="$name-multistream-index.txt.bz2"
bytes=$(stat -c %s "$dump")
cat "$dump" > /dev/null # the same warm page cache for every command

# measure VAR LABEL CMD...: runs CMD, prints its wall time, CPU time (user
# + system, of the command and the children it waited for: factloom's
# lbzip2 counts) and peak RSS (GNU time: the largest of the process and
# those children), and keeps the smaller wall and CPU time of all rounds in
# VAR and VAR_cpu.
measure() {
  local var=$1 label=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@"
  read -r secs user sys kib < "$out/time.txt"
  local cpu
  cpu=$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')
  awk -v l="$label" -v s="$secs" -v c="$cpu" -v b="$bytes" -v k="$kib" \
    'BEGIN { printf "%-40s %8.1f s %8.1f s %9.1f MB/s %8d MiB\n", l, s, c, b / s / 1e6, k / 1024 }'
  local prev=${!var:-} prevcpu
  prevcpu=$(eval echo "\${${var}_cpu:-}")
  if [ -z "$prev" ] || awk -v a="$secs" -v b="$prev" 'BEGIN { exit !(a < b) }'; then printf -v "$var" '%s' "$secs"; fi
  if [ -z "$prevcpu" ] || awk -v a="$cpu" -v b="$prevcpu" 'BEGIN { exit !(a < b) }'; then printf -v "${var}_cpu" '%s' "$cpu"; fi
}

rounds=${ROUNDS:-2}
echo "dump: $dump ($bytes bytes), $(nproc) cores, jobs $jobs, mix ${mix/#0/sample}, $rounds rounds"
printf '%-40s %10s %10s %14s %12s\n' command wall CPU "bz2 MB/s" "peak RSS"
for round in $(seq "$rounds"); do
  echo "round $round, load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every command)"
  measure t_lbzip2 "lbzip2 -dc -n $jobs > /dev/null" sh -c "lbzip2 -dc -n $jobs < '$dump' > /dev/null"
  measure t_factloom "factloom extract -j $jobs --index" "$out/factloom" extract -j "$jobs" --index "$index" -o "$out/bench.nt" "$dump"
done
awk -v f="$t_factloom" -v l="$t_lbzip2" -v fc="$t_factloom_cpu" -v lc="$t_lbzip2_cpu" \
  'BEGIN { printf "best of the rounds: lbzip2 %.1f s (%.1f s CPU), factloom %.1f s (%.1f s CPU)\n", l, lc, f, fc
           printf "factloom / lbzip2: %.2fx wall (target: at most 1.2x), %.2fx CPU\n", f / l, fc / lc }'
if [ "${GO_DECODER:-0}" = 1 ]; then
  measure t_go "factloom extract -j $jobs --index --bzip2 go" "$out/factloom" extract -j "$jobs" --bzip2 go --index "$index" -o "$out/bench-go.nt" "$dump"
  if cmp -s "$out/bench.nt" "$out/bench-go.nt"; then echo "outputs of both decoders: identical"; else echo "outputs of the decoders differ"; fi
  awk -v g="$t_go" -v l="$t_lbzip2" -v gc="$t_go_cpu" -v lc="$t_lbzip2_cpu" \
    'BEGIN { printf "factloom --bzip2 go / lbzip2: %.2fx wall, %.2fx CPU\n", g / l, gc / lc }'
fi
