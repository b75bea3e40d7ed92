--TEST--
stress: 10,000 tasks across both pools (3/5 xbox, 2/5 pagelets), in waves, every result checked, the heap bounded
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
// make tsan runs without the collector: 10,000 VMs would not fit in memory
elseif (getenv('GC_DONT_GC')) echo 'skip needs the garbage collector (stress_small runs under tsan)';
--INI--
pagelet_server.document_root=tests/tasks/pages
--FILE--
<?php
class Pair { function __construct(public $a, public $b) {} }
function xbox_process_message($m) {
    return new Pair($m['i'], strrev($m['s']) . count($m['list']));
}
$bad = 0; $done = 0;
for ($wave = 0; $wave < 10; $wave++) {
    $tasks = []; $pages = [];
    for ($k = 0; $k < 1000; $k++) {
        $i = $wave * 1000 + $k;
        if ($k % 5 < 3) $tasks[$i] = xbox_task_start(['i' => $i, 's' => "s$i", 'list' => range(0, $i % 7)]);
        else $pages[$i] = pagelet_server_task_start("/square.php?i=$i");
    }
    foreach ($tasks as $i => $t) {
        $code = xbox_task_result($t, 0, $r);
        if ($code !== 200 || !$r instanceof Pair || $r->a !== $i || $r->b !== strrev("s$i") . ($i % 7 + 1)) $bad++;
        $done++;
    }
    foreach ($pages as $i => $t) {
        $body = pagelet_server_task_result($t, $h, $code);
        if ($code !== 200 || $body !== (string)($i * $i)) $bad++;
        $done++;
    }
}
echo "$done tasks, $bad bad\n";
// the collector's heap (shared by every VM) stays bounded
var_dump(memory_get_usage(true) < 256 << 20);
--EXPECT--
10000 tasks, 0 bad
bool(true)
