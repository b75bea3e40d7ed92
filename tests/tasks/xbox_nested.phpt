--TEST--
xbox: tasks start tasks; send/post messages; output of tasks on stdout, whole lines
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--INI--
xbox.thread_count=4
--FILE--
<?php
function xbox_process_message($m) {
    if (is_array($m) && $m[0] === 'fib') {
        [, $n] = $m;
        if ($n < 2) return $n;
        $a = xbox_task_start(['fib', $n - 1]);
        $b = xbox_task_start(['fib', $n - 2]);
        xbox_task_result($a, 0, $x);
        xbox_task_result($b, 0, $y);
        return $x + $y;
    }
    if ($m === 'print') {
        echo "line one from the task\n";
        echo "line two from the task\n";
        return 'printed';
    }
    return "echo: $m";
}
echo "before the task\n";
var_dump(xbox_task_result(xbox_task_start('print'), 0, $r), $r);
var_dump(xbox_task_result(xbox_task_start(['fib', 5]), 0, $r), $r);
var_dump(xbox_send_message('hi', $ret, 5000), $ret);
var_dump(xbox_send_message('hi', $ret, 0, 'localhost'), $ret['code']);
var_dump(xbox_post_message('fire and forget'));
--EXPECT--
before the task
line one from the task
line two from the task
int(200)
string(7) "printed"
int(200)
int(5)
bool(true)
array(2) {
  ["code"]=>
  int(200)
  ["response"]=>
  string(8) "echo: hi"
}
bool(true)
int(200)
bool(true)
