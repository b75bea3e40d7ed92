<?php
// Pagelet round trip of a small page (bench/tasks/pages/small.php): start,
// wait, result; best of 5 runs of 200 sequential round trips. Prints ms
// per round trip. bench/tasks.sh compares it with curl against php -S.
$n = 200;
$best = INF;
for ($run = 0; $run < 5; $run++) {
    $t0 = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $body = pagelet_server_task_result(pagelet_server_task_start("/small.php?name=x$i"), $h, $code);
        if ($code != 200 || $body !== "<p>hello x$i</p>\n") die("bad result: $code $body\n");
    }
    $best = min($best, (hrtime(true) - $t0) / 1e6 / $n);
}
printf("pagelet_rt  %.3f ms per round trip (pagelet)\n", $best);
