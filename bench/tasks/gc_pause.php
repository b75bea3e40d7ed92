<?php
// What the shared collector's stop-the-world pauses cost the other threads:
// latency of tiny xbox round trips, alone and while another task allocates
// heavily (builds and drops big arrays). Prints p50 / p99 / max in ms.
function xbox_process_message($m) {
    if ($m === 'alloc') {
        $end = hrtime(true) + 3e9;
        $n = 0;
        while (hrtime(true) < $end) {
            $junk = [];
            for ($i = 0; $i < 200000; $i++) $junk[] = ['i' => $i, 's' => "str$i"];
            $n++;
        }
        return $n;
    }
    return $m;
}
function latencies($n) {
    $l = [];
    for ($i = 0; $i < $n; $i++) {
        $t0 = hrtime(true);
        xbox_task_result(xbox_task_start($i), 0, $r);
        $l[] = (hrtime(true) - $t0) / 1e6;
        usleep(2000);
    }
    sort($l);
    return sprintf("p50 %.2f ms  p99 %.2f ms  max %.2f ms", $l[intdiv($n, 2)], $l[intdiv($n * 99, 100)], $l[$n - 1]);
}
echo "gc_pause  quiet:       ", latencies(300), "\n";
$alloc = xbox_task_start('alloc');
echo "gc_pause  allocating:  ", latencies(300), "\n";
xbox_task_result($alloc, 0, $rounds);
echo "gc_pause  (the allocating task built $rounds arrays of 200,000 elements)\n";
