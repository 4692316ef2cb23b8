# Shared by the import benchmarks (sourced). run LABEL COMMAND... runs a command under /usr/bin/time, its output in
# $WORK/out and $WORK/err, and prints its wall time, CPU time (user + system) and peak memory on one line.
# shellcheck shell=sh
run() {
    label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || {
        echo "$label failed:"
        cat "$WORK/err"
        return 1
    }
    set -- $(cat "$WORK/time")
    printf '%-48s %8.2f s wall %8.2f s CPU %8d MB peak\n' "$label" "$1" "$(echo "$2 + $3" | bc)" $(($4 / 1024))
}

# yardstick_indexes REGISTER: the SQL that builds, on the shell's flat table dev, the device table's other indexes
# and its word index as REGISTER (a register the import made) has them, each once.
yardstick_indexes() {
    echo "PRAGMA threads = 1;"
    echo "BEGIN;"
    sqlite3 "$1" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'device'
        AND sql IS NOT NULL AND name <> 'device_serial'" |
        sed -e 's/INDEX device_/INDEX dev_/' -e 's/ ON device / ON dev /' \
            -e 's/\b\(municipality\|location\|department\|network\|replaced_by\)_id\b/\1/g' \
            -e "s/ IS NOT NULL/ <> ''/g" -e "s/state = 2 AND keep <> 0/state = 'in_use' AND keep = 'yes'/"
    sqlite3 "$1" "SELECT sql || ';' FROM sqlite_master WHERE name = 'device_search'" |
        sed -e 's/TABLE device_search/TABLE dev_search/' -e "s/content='device', content_rowid='id'/content='dev', content_rowid='rowid'/"
    echo "INSERT INTO dev_search (dev_search) VALUES ('rebuild');"
    echo "COMMIT;"
}

# yardstick_schema: the shell's flat table dev, the device table's columns as the export writes them, serial unique.
yardstick_schema() {
    cat <<'SQL'
CREATE TABLE dev (serial TEXT, asset_tag TEXT, hostname TEXT, type TEXT, manufacturer TEXT, model TEXT,
    production_year INTEGER, year_source TEXT, purchase_date TEXT, municipality TEXT, location TEXT,
    department TEXT, network TEXT, primary_user TEXT, last_seen TEXT, state TEXT, notes TEXT, in_service_from TEXT,
    replaced_on TEXT, replaced_by TEXT, replaced_by_technician TEXT, keep TEXT);
CREATE UNIQUE INDEX dev_serial ON dev (serial);
SQL
}
