<?php
// tests/soak/soak.php SECONDS -- `make soak`: mixed pagelet and xbox load for
// SECONDS, every result checked; prints tasks done, errors and resident
// memory every few seconds, then a summary. Not part of `make test`.
function xbox_process_message($m) {
    if ($m['kind'] === 'throw') throw new RuntimeException('expected');
    $s = 0;
    foreach ($m['data'] as $v) $s += $v;
    return ['sum' => $s, 'echo' => $m['tag']];
}
function rss_kb(): int {
    $st = file_get_contents('/proc/self/status');
    return preg_match('/VmRSS:\s+(\d+)/', $st, $m) ? (int)$m[1] : 0;
}
$seconds = (int)($argv[1] ?? 60);
$start = microtime(true);
$next = $start;
$done = $errors = 0;
$rss = [];
for ($round = 0; microtime(true) - $start < $seconds; $round++) {
    $batch = [];
    for ($i = 0; $i < 40; $i++) {
        $n = ($round * 40 + $i) % 200;
        if ($i % 4 === 0) {
            $batch[] = ['p', $n, pagelet_server_task_start("/page.php?n=$n", ['X-Round' => "$round"])];
        } else {
            $kind = $i % 13 === 0 ? 'throw' : 'sum';
            $batch[] = ['x', $n, xbox_task_start(['kind' => $kind, 'data' => range(1, $n), 'tag' => "t$n"]), $kind];
        }
    }
    foreach ($batch as $b) {
        if ($b[0] === 'p') {
            $body = pagelet_server_task_result($b[2], $h, $code, 10000);
            $ok = $code === 200 && $body === "n=$b[1] round=$round\n";
        } else {
            $code = xbox_task_result($b[2], 10000, $ret);
            $ok = $b[3] === 'throw' ? $code === 500 && str_contains($ret, 'expected')
                                    : $code === 200 && $ret === ['sum' => $b[1] * ($b[1] + 1) / 2, 'echo' => "t$b[1]"];
        }
        $done++;
        if (!$ok) $errors++;
    }
    if (microtime(true) >= $next) {
        $rss[] = rss_kb();
        printf("%6.1fs  tasks %8d  errors %d  rss %d MB\n", microtime(true) - $start, $done, $errors, end($rss) >> 10);
        $next += 5;
    }
}
printf("soak: %d tasks in %.0f s, %d errors, rss %d MB at first report, %d MB at the end (max %d MB)\n",
       $done, microtime(true) - $start, $errors, $rss[0] >> 10, rss_kb() >> 10, max($rss) >> 10);
exit($errors ? 1 : 0);
