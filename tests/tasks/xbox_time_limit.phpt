--TEST--
xbox: max_execution_time ends a runaway handler with a 500; other tasks go on
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
function xbox_process_message($m) {
    if ($m === 'spin') {
        ini_set('max_execution_time', '1');
        while (true) {}
    }
    return $m;
}
$t = xbox_task_start('spin');
var_dump(xbox_task_result(xbox_task_start('quick'), 0, $r), $r);
$code = xbox_task_result($t, 0, $r);
var_dump($code, $r);
--EXPECTF--
%Aint(200)
string(5) "quick"
%Aint(500)
string(43) "Maximum execution time of 1 second exceeded"
