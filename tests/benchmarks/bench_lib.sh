# Shared by the import benchmarks (sourced): run LABEL COMMAND... runs a command under /usr/bin/time, its output in
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
