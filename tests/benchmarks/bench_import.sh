#!/bin/sh
# Import benchmark (run by hand): prints wall time, CPU time and peak memory of
#   1. a 1M-row file into an empty database, side by side with the sqlite3 shell's .import of the same rows into
#      a table with the same columns and a unique serial key,
#   2. the same file again as an update of that database,
#   3. a 12k-row file into an empty database.
# Before 1., the dry run of the 1M-row file into an empty database (what the import wizard shows first).
# Usage: tests/benchmarks/bench_import.sh [BUILD_DIR] [SOURCE_DB]
#   BUILD_DIR defaults to ./build; SOURCE_DB (a generated 1M-device register, read only) to /tmp/big.db, else one
#   is generated: rullering-cli --db X generate --devices 1000000 --as-of 2026-11-23.
# Targets (issue 3): 1M no slower than sqlite3 .import, 12k < 150 ms, peak memory < 300 MB, update <= 2x first.
# After the .import, the shell also builds the register's other indexes and word index on its table: what SQLite
# alone takes to arrive at a register as usable as the one the import leaves.
# Each figure here is one run: for the ratio of issue 19 on a shared machine, use bench_import_yardstick.sh (the
# shell and the import N times each, interleaved, medians).
set -eu
BUILD=${1:-build}
SOURCE=${2:-/tmp/big.db}
CLI=$(realpath "$BUILD/app/cli/rullering-cli")
WORK=$(mktemp -d /tmp/bench_import.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ ! -f "$SOURCE" ]; then
    SOURCE=$WORK/source.db
    echo "Generating a 1M-device register (once)..."
    "$CLI" --db "$SOURCE" generate --devices 1000000 --as-of 2026-11-23 > /dev/null
fi
cp "$SOURCE" "$WORK/source.db" # never write to the caller's file
"$CLI" --db "$WORK/source.db" export devices -o "$WORK/1m.csv" > /dev/null
head -n 12001 "$WORK/1m.csv" > "$WORK/12k.csv"
# The same rows for sqlite3: no header, no BOM.
tail -n +2 "$WORK/1m.csv" > "$WORK/1m-body.csv"
echo "File: $(wc -l < "$WORK/1m.csv") lines, $(du -m "$WORK/1m.csv" | cut -f1) MB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

. "$(dirname "$0")/bench_lib.sh" # run LABEL COMMAND...

yardstick_schema > "$WORK/schema.sql"
sqlite3 "$WORK/sqlite.db" < "$WORK/schema.sql"
run "sqlite3 .import, 1M rows" sqlite3 "$WORK/sqlite.db" -cmd ".mode csv" -cmd ".separator ;" ".import $WORK/1m-body.csv dev"
# What the register adds on top of that key, done by the shell alone on the table it just filled: the device
# table's other indexes, read from the register just exported (names in place of ids, the replacing device's
# serial in place of its id; partial indexes hold the same rows: an empty cell is '' here, the state and keep are
# text), and the word index, each built once as the import builds them. No Rullering code: the floor SQLite itself
# sets for a register its sorts, filters and status can use.
yardstick_indexes "$WORK/source.db" > "$WORK/indexes.sql"
grep -c "^CREATE INDEX" "$WORK/indexes.sql" | sed 's/^/(the shell builds /; s/$/ indexes and the word index)/'
run "  + the register's indexes and word index" sqlite3 "$WORK/sqlite.db" ".read $WORK/indexes.sql"
export RULLERING_IMPORT_TIMING=1
run "rullering-cli import --dry-run, 1M rows, empty db" "$CLI" --db "$WORK/dry.db" import --dry-run "$WORK/1m.csv"
sed 's/^/    /' "$WORK/err"
run "rullering-cli import, 1M rows, empty database" "$CLI" --db "$WORK/import.db" import "$WORK/1m.csv"
sed 's/^/    /' "$WORK/err"
run "rullering-cli import, same 1M rows as update" "$CLI" --db "$WORK/import.db" import "$WORK/1m.csv"
sed 's/^/    /' "$WORK/err"
grep -E "^(Created|Updated|Unchanged)" "$WORK/out" | sed 's/^/    /'
tail -n +2 "$WORK/12k.csv" > "$WORK/12k-body.csv"
sqlite3 "$WORK/sqlite12k.db" < "$WORK/schema.sql"
run "sqlite3 .import, 12k rows" sqlite3 "$WORK/sqlite12k.db" -cmd ".mode csv" -cmd ".separator ;" ".import $WORK/12k-body.csv dev"
run "  + the register's indexes and word index" sqlite3 "$WORK/sqlite12k.db" ".read $WORK/indexes.sql"
run "rullering-cli import, 12k rows, empty database" "$CLI" --db "$WORK/small.db" import "$WORK/12k.csv"
sed 's/^/    /' "$WORK/err"
