--TEST--
stress (small): 1,000 xbox tasks, in waves, every result checked, the heap bounded
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
class Pair { function __construct(public $a, public $b) {} }
function xbox_process_message($m) {
    return new Pair($m['i'], strrev($m['s']) . count($m['list']));
}
$bad = 0; $done = 0;
for ($wave = 0; $wave < 2; $wave++) {
    $tasks = [];
    for ($k = 0; $k < 500; $k++) {
        $i = $wave * 500 + $k;
        $tasks[$i] = xbox_task_start(['i' => $i, 's' => "s$i", 'list' => range(0, $i % 7)]);
    }
    foreach ($tasks as $i => $t) {
        $code = xbox_task_result($t, 0, $r);
        if ($code !== 200 || !$r instanceof Pair || $r->a !== $i || $r->b !== strrev("s$i") . ($i % 7 + 1)) $bad++;
        $done++;
    }
}
echo "$done tasks, $bad bad\n";
// the collector's heap (shared by every VM) stays bounded
var_dump(memory_get_usage(true) < 256 << 20);
--EXPECT--
1000 tasks, 0 bad
bool(true)
