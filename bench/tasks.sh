#!/usr/bin/env bash
# bench/tasks.sh [--minphp PATH]: the pagelet/xbox benchmarks (bench/tasks/),
# which php cannot run: each prints its own ratio or times.
#   xbox_fanout  CPU-bound work serially vs over the xbox threads (target >= 1.8x)
#   copy_1mb     deep copy of a 1 MB nested array into another VM, against
#                php -n's unserialize(serialize()) of the same array
#   gc_pause     latency of tiny tasks while another thread allocates heavily
set -u
here=$(cd "$(dirname "$0")" && pwd)
MINPHP=./minphp
[ "${1:-}" = "--minphp" ] && MINPHP=$2
timeout 120 "$MINPHP" "$here/tasks/xbox_fanout.php"
m=$(timeout 120 "$MINPHP" "$here/tasks/copy_1mb.php"); echo "$m"
p=$(timeout 120 php -n "$here/tasks/copy_1mb.php"); echo "$p"
awk -v m="$(echo "$m" | awk '{print $2}')" -v p="$(echo "$p" | awk '{print $2}')" \
    'BEGIN { if (m > 0) printf "copy_1mb  minphp is %.2fx faster than php serialize+unserialize\n", p / m }'
timeout 120 "$MINPHP" "$here/tasks/gc_pause.php"
# pagelet round trip vs curl fetching the same page from php -S on localhost
m=$(timeout 120 "$MINPHP" -d pagelet_server.document_root="$here/tasks/pages" "$here/tasks/pagelet_rt.php"); echo "$m"
if command -v curl >/dev/null && command -v php >/dev/null; then
    port=$((20000 + RANDOM % 20000))
    php -n -S 127.0.0.1:$port -t "$here/tasks/pages" >/dev/null 2>&1 &
    srv=$!
    for i in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/small.php" && break; sleep 0.1; done
    t0=$(date +%s%N)
    for i in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/small.php?name=x$i"; done
    t1=$(date +%s%N)
    kill $srv 2>/dev/null; wait $srv 2>/dev/null
    c=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e6 / 200 }')
    echo "pagelet_rt  $c ms per round trip (curl against php -S)"
    awk -v m="$(echo "$m" | awk '{print $2}')" -v c="$c" \
        'BEGIN { if (m > 0) printf "pagelet_rt  the pagelet is %.1fx faster than curl + php -S\n", c / m }'
fi
