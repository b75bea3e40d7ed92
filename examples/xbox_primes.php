<?php
// A parallel map with xbox tasks: count the primes below 2,000,000 in
// ranges, once serially in this thread, once spread over the xbox threads,
// and print the speedup. Run: ./minphp examples/xbox_primes.php [N] [ranges]

function count_primes(int $lo, int $hi): int
{
    $n = 0;
    for ($i = max($lo, 2); $i < $hi; $i++) {
        if ($i % 2 == 0) { $n += $i == 2; continue; }
        $prime = true;
        for ($d = 3; $d * $d <= $i; $d += 2) {
            if ($i % $d == 0) { $prime = false; break; }
        }
        $n += $prime;
    }
    return $n;
}

// The xbox thread calls this with each message (a [lo, hi) range).
function xbox_process_message(array $range): int
{
    return count_primes($range[0], $range[1]);
}

$limit = (int)($argv[1] ?? 2000000);
$parts = (int)($argv[2] ?? 16);
$ranges = [];
for ($k = 0; $k < $parts; $k++) {
    $ranges[] = [intdiv($limit * $k, $parts), intdiv($limit * ($k + 1), $parts)];
}

$t0 = hrtime(true);
$serial = 0;
foreach ($ranges as $r) $serial += count_primes($r[0], $r[1]);
$ts = (hrtime(true) - $t0) / 1e9;

$t0 = hrtime(true);
$tasks = array_map('xbox_task_start', $ranges);
$parallel = 0;
foreach ($tasks as $task) {
    if (xbox_task_result($task, 0, $count) != 200) die("task failed: $count\n");
    $parallel += $count;
}
$tp = (hrtime(true) - $t0) / 1e9;

printf("primes below %d: %d (serial) / %d (xbox, %d ranges)\n", $limit, $serial, $parallel, $parts);
printf("serial %.3f s, xbox %.3f s, speedup %.2fx\n", $ts, $tp, $ts / $tp);
