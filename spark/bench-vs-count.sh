#!/usr/bin/env bash
# spark/bench-vs-count.sh FOLDER [ROUNDS=1]
# One run, alternating: (A) the single-machine count route on 2 threads (org.kabar.bench.Benchmark,
# its timed run: files to per-period tables, in one warm JVM), and (B) `./kabar spark FOLDER` on
# local[2] (the whole command: JVM and Spark start, the job, every CSV and Parquet file written).
# FOLDER is a synthetic corpus as the Benchmark writes it (CACHE/synthetic-SEED-N), with the
# dictionary the Benchmark counts with copied in as FOLDER/actors.tsv, so that both routes count
# with the same dictionary. Prints one line per run and the ratio B/A.
set -euo pipefail
FOLDER=${1:?synthetic corpus folder}; ROUNDS=${2:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NAME=$(basename "$FOLDER"); CACHE=$(dirname "$FOLDER"); N=${NAME##*-}; SEED=${NAME#synthetic-}; SEED=${SEED%-*}
OUT=$(mktemp -d)
for r in $(seq 1 "$ROUNDS"); do
  a=$(cd "$ROOT/lib" && java -Xmx3g -cp 'target/kabar-lib.jar:target/test-classes:target/dependency/*' org.kabar.bench.Benchmark \
        --articles "$N" --seed "$SEED" --threads 2 --runs 1 --cache "$CACHE" | sed -n 's/.*threads, run 1: \([0-9.]*\) s/\1/p')
  s=$(date +%s.%N)
  KABAR_SPARK_JAVA_OPTS=-Dkabar.timings=true "$ROOT/kabar" spark "$FOLDER" --out "$OUT/spark" --master 'local[2]' \
      2> "$OUT/spark.err" | tail -1
  b=$(echo "$(date +%s.%N) - $s" | bc)
  grep 'kabar: inputs analysed' "$OUT/spark.err" || true
  echo "round $r: count route (2 threads) ${a} s; spark local[2] ${b} s; ratio $(echo "scale=2; $b / $a" | bc); load $(cut -d' ' -f1-3 /proc/loadavg)"
done
rm -rf "$OUT"
