--TEST--
xbox: millisecond timeouts (-1, nothing consumed, the task keeps running, a later call succeeds)
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
function xbox_process_message($ms) {
    usleep($ms * 1000);
    return "slept $ms";
}
$t = xbox_task_start(1000);
$ret = "untouched";
$t0 = hrtime(true);
$code = xbox_task_result($t, 100, $ret);
$waited = (hrtime(true) - $t0) / 1e6;
var_dump($code, $ret, xbox_task_status($t));
// exact milliseconds: not 100 seconds, not 0
var_dump($waited >= 99 && $waited < 900);
var_dump(xbox_task_result($t, 0, $ret), $ret, xbox_task_status($t));
// a negative timeout waits forever too
var_dump(xbox_task_result(xbox_task_start(10), -5, $ret), $ret);
--EXPECT--
int(-1)
string(0) ""
bool(false)
bool(true)
int(200)
string(10) "slept 1000"
bool(true)
int(200)
string(8) "slept 10"
