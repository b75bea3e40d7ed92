#!/usr/bin/env bash
# Benchmark runner: compares minphp against the reference `php -n`.
#
# usage: bench/run.sh [--minphp PATH] [-r N] [programs...]
#   --minphp PATH  interpreter under test (default: ./minphp)
#   -r N           run each program N times under each interpreter and keep
#                  the best (lowest) wall time (default: 1)
#   programs       bench/*.php files or bare names (fib, fib.php); default: all
#
# Prints: program, minphp seconds, php seconds, ratio minphp/php, and the
# geometric mean of the ratios. Output of both interpreters must match; a
# difference is reported as MISMATCH and makes the script exit 1.
set -u

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
MINPHP=./minphp
REPS=1
PROGS=()

usage() {
    echo "usage: $0 [--minphp PATH] [-r N] [programs...]" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --minphp) [ $# -ge 2 ] || usage; MINPHP=$2; shift 2 ;;
        --minphp=*) MINPHP=${1#--minphp=}; shift ;;
        -r) [ $# -ge 2 ] || usage; REPS=$2; shift 2 ;;
        -r*) REPS=${1#-r}; shift ;;
        -h|--help) usage ;;
        --) shift; PROGS+=("$@"); break ;;
        -*) echo "unknown option: $1" >&2; usage ;;
        *) PROGS+=("$1"); shift ;;
    esac
done

case "$REPS" in
    ''|*[!0-9]*|0) echo "-r needs a positive integer" >&2; exit 2 ;;
esac

# Reference interpreter.
if ! command -v php >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "php not found; installing php8.2-cli" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq php8.2-cli >&2 ||
            { echo "failed to install php8.2-cli" >&2; exit 1; }
    else
        echo "php not found; install it with:" >&2
        echo "  apt-get install -y php8.2-cli" >&2
        exit 1
    fi
fi

if [ ! -x "$MINPHP" ]; then
    echo "minphp not found or not executable: $MINPHP (build it with make)" >&2
    exit 1
fi
case "$MINPHP" in
    */*) MINPHP=$(cd "$(dirname "$MINPHP")" && pwd)/$(basename "$MINPHP") ;;
esac

if [ ${#PROGS[@]} -eq 0 ]; then
    for f in "$BENCH_DIR"/*.php; do PROGS+=("$f"); done
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/minphp-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

now() { date +%s.%N; }

# run_best OUTFILE CMD... -> prints best wall time in seconds; the output of
# the last run is left in OUTFILE. Returns the interpreter's exit status.
run_best() {
    local out=$1; shift
    local best="" i t0 t1 dt rc=0
    for ((i = 0; i < REPS; i++)); do
        t0=$(now)
        # a runaway program must not fill the disk: cap output (64 MB) and time (120 s)
        ( ulimit -f 131072; exec timeout 120 "$@" ) >"$out" 2>&1 </dev/null
        rc=$?
        t1=$(now)
        dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
        if [ -z "$best" ] || awk -v a="$dt" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$dt
        fi
        [ $rc -eq 0 ] || break
    done
    echo "$best"
    return $rc
}

fail=0
logsum=0
nratios=0
printf "%-18s %10s %10s %8s\n" program minphp php ratio
printf "%-18s %10s %10s %8s\n" ------- ------ --- -----
for p in "${PROGS[@]}"; do
    f=$p
    [ -f "$f" ] || f=$BENCH_DIR/$p
    [ -f "$f" ] || f=$BENCH_DIR/$p.php
    if [ ! -f "$f" ]; then
        echo "no such program: $p" >&2
        fail=1
        continue
    fi
    name=$(basename "$f" .php)
    tm=$(run_best "$TMP/minphp.out" "$MINPHP" "$f"); rm_=$?
    tp=$(run_best "$TMP/php.out" php -n "$f"); rp=$?
    note=""
    if [ $rm_ -ne 0 ]; then
        note="  FAILED (minphp exit $rm_)"
        fail=1
    elif [ $rp -ne 0 ]; then
        note="  FAILED (php exit $rp)"
        fail=1
    elif ! cmp -s "$TMP/minphp.out" "$TMP/php.out"; then
        note="  MISMATCH"
        fail=1
    fi
    ratio=$(awk -v m="$tm" -v p="$tp" 'BEGIN { if (p > 0) printf "%.2f", m / p; else print "n/a" }')
    printf "%-18s %10s %10s %8s%s\n" "$name" "$tm" "$tp" "$ratio" "$note"
    if [ -n "$note" ]; then
        diff "$TMP/php.out" "$TMP/minphp.out" | head -n 10 | sed 's/^/    /'
    elif [ "$ratio" != "n/a" ] && awk -v r="$ratio" 'BEGIN { exit !(r > 0) }'; then
        logsum=$(awk -v s="$logsum" -v m="$tm" -v p="$tp" 'BEGIN { printf "%.12f", s + log(m / p) }')
        nratios=$((nratios + 1))
    fi
done
if [ $nratios -gt 0 ]; then
    gm=$(awk -v s="$logsum" -v n="$nratios" 'BEGIN { printf "%.2f", exp(s / n) }')
    printf "%-18s %10s %10s %8s   (%d programs)\n" geomean "" "" "$gm" "$nratios"
fi
exit $fail
