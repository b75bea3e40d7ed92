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
