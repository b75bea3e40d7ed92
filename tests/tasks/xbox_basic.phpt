--TEST--
xbox: a message to xbox_process_message on another thread, status, result, thread type
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
function xbox_process_message($msg) {
    return ['got' => $msg, 'type' => hphp_thread_type(), 'server' => $_SERVER['THREAD_TYPE']];
}
var_dump(hphp_thread_type(), isset($_SERVER['THREAD_TYPE']));
$task = xbox_task_start(['n' => 21]);
var_dump($task);
$code = xbox_task_result($task, 0, $ret);
var_dump($code, $ret, xbox_task_status($task));
// the result can be read again
var_dump(xbox_task_result($task, 10, $again), $again === $ret);
// an empty string is passed as ""
var_dump(xbox_task_result(xbox_task_start(""), 0, $ret), $ret['got']);
--EXPECTF--
int(-1)
bool(false)
resource(%d) of type (XboxTask)
int(200)
array(3) {
  ["got"]=>
  array(1) {
    ["n"]=>
    int(21)
  }
  ["type"]=>
  int(2)
  ["server"]=>
  string(11) "Xbox Thread"
}
bool(true)
int(200)
bool(true)
int(200)
string(0) ""
