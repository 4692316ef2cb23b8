#!/bin/sh
# The import against its yardstick (issue 19), run by hand: the sqlite3 shell building the same register from the
# flat file (.import into a table with the device table's columns and unique serial key, then the register's other
# indexes and word index) against `rullering-cli import` into a new file, ROUNDS times each, interleaved (the order
# alternating between rounds) because the machine may be shared; prints every round and the medians' ratio, by
# wall time and by CPU time (user + system, all threads).
# Usage: tests/benchmarks/bench_import_yardstick.sh [BUILD_DIR] FILE.csv [ROUNDS]
#   FILE.csv: a device export (`rullering-cli export devices`), e.g. the 1M or 12k file of bench_import.sh.
#   ROUNDS defaults to 5.
set -eu
BUILD=${1:-build}
FILE=$(realpath "$2")
ROUNDS=${3:-5}
CLI=$(realpath "$BUILD/app/cli/rullering-cli")
WORK=$(mktemp -d /tmp/bench_yardstick.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
. "$(dirname "$0")/bench_lib.sh" # yardstick_indexes REGISTER
tail -n +2 "$FILE" > "$WORK/body.csv" # no header, no BOM
echo "File: $(wc -l < "$WORK/body.csv") rows; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

yardstick_schema > "$WORK/schema.sql"
# The register's other indexes and word index, read from a register the import makes (as in bench_import.sh).
head -n 2 "$FILE" > "$WORK/one.csv"
"$CLI" --db "$WORK/schema.db" import "$WORK/one.csv" > /dev/null
yardstick_indexes "$WORK/schema.db" > "$WORK/indexes.sql"

# Wall and CPU seconds of one command, appended to $WORK/$1. The wall time by a nanosecond clock: /usr/bin/time's %e
# counts in steps of 10 ms, 4 % of the 12k shell's time.
timed() {
    name=$1
    shift
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/err" || {
        cat "$WORK/err"
        exit 1
    }
    end=$(date +%s%N)
    set -- $(cat "$WORK/time")
    echo "$(echo "scale=4; ($end - $start) / 1000000000" | bc) $(echo "$1 + $2" | bc)" >> "$WORK/$name"
}
# Each side as a script of its own (/usr/bin/time runs programs, not functions), starting from no file.
cat > "$WORK/shell.sh" <<EOF
rm -f "$WORK/shell.db"
sqlite3 "$WORK/shell.db" < "$WORK/schema.sql"
sqlite3 "$WORK/shell.db" -cmd ".mode csv" -cmd ".separator ;" ".import $WORK/body.csv dev" ".read $WORK/indexes.sql"
EOF
cat > "$WORK/import.sh" <<EOF
rm -f "$WORK/import.db" "$WORK/import.db-wal" "$WORK/import.db-shm" "$WORK/import.db-journal"
"$CLI" --db "$WORK/import.db" import "$FILE"
EOF
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

round=1
while [ "$round" -le "$ROUNDS" ]; do
    if [ $((round % 2)) -eq 1 ]; then
        timed shell sh "$WORK/shell.sh"
        timed import sh "$WORK/import.sh"
    else
        timed import sh "$WORK/import.sh"
        timed shell sh "$WORK/shell.sh"
    fi
    printf 'round %d: shell %s s wall %s s CPU, import %s s wall %s s CPU; load %s\n' "$round" \
        $(tail -n 1 "$WORK/shell") $(tail -n 1 "$WORK/import") "$(cut -d' ' -f1 /proc/loadavg)"
    round=$((round + 1))
done
sw=$(cut -d' ' -f1 "$WORK/shell" | median)
sc=$(cut -d' ' -f2 "$WORK/shell" | median)
iw=$(cut -d' ' -f1 "$WORK/import" | median)
ic=$(cut -d' ' -f2 "$WORK/import" | median)
echo "median: shell $sw s wall $sc s CPU, import $iw s wall $ic s CPU"
echo "ratio (import / shell): $(echo "scale=3; $iw / $sw" | bc) by wall time, $(echo "scale=3; $ic / $sc" | bc) by CPU time;" \
    "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
