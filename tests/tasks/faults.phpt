--TEST--
xbox faults: a task over its memory_limit, throwing, exiting or failing fails alone (500 or 200/null); thousands of result timeouts leave the result intact; the script may end with tasks queued and running
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
function xbox_process_message($m) {
    switch ($m[0]) {
    case 'mem':   ini_set('memory_limit', '8M'); $a = []; for (;;) $a[] = str_repeat('x', 1000);
    case 'throw': throw new RuntimeException("bad $m[1]");
    case 'exit':  exit(3);
    case 'fatal': undefined_function();
    case 'slow':  usleep(300000); return "slow done";
    default:      return $m[1] * 2;
    }
}
$tasks = [];
foreach ([['mem', 0], ['ok', 1], ['throw', 2], ['ok', 3], ['exit', 4], ['fatal', 5], ['ok', 6]] as $m)
    $tasks[] = [$m[0], xbox_task_start($m)];
foreach ($tasks as [$kind, $t]) {
    $code = xbox_task_result($t, 0, $ret);
    echo "$kind: $code ", var_export($ret, true), "\n";
}
// thousands of result timeouts on a slow task, then its result intact
$t = xbox_task_start(['slow', 0]);
$timeouts = 0;
while (($code = xbox_task_result($t, 1, $ret)) === -1) $timeouts++;
echo "slow: $code $ret after ", $timeouts > 50 ? "many" : "few", " timeouts\n";
// tasks still queued and running when the script ends: the process exits cleanly
for ($i = 0; $i < 50; $i++) xbox_task_start(['slow', $i]);
echo "main ends\n";
--EXPECTF--

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 4096 bytes) in %s on line 4
mem: 500 'Allowed memory size of 8388608 bytes exhausted (tried to allocate 4096 bytes)'
ok: 200 2
throw: 500 'Uncaught RuntimeException: bad 2 in %s:5'
ok: 200 6
exit: 200 NULL
fatal: 500 'Uncaught Error: Call to undefined function undefined_function() in %s:7'
ok: 200 12
slow: 200 slow done after many timeouts
main ends
