--TEST--
xbox: an object whose class the receiving VM does not declare cannot be copied (a 500 naming class and position)
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
if (true) {
    // declared at run time: not a top-level declaration, so xbox VMs lack it
    class OnlyHere { public $v = 1; }
}
function xbox_process_message($m) {
    if ($m === 'make') {
        if (!class_exists('OnlyThere', false)) {
            class OnlyThere { public $w = 2; }
        }
        return ['list' => [1, new OnlyThere]];
    }
    return $m;
}
var_dump(xbox_task_result(xbox_task_start(['x' => [new OnlyHere]]), 0, $r), $r);
var_dump(xbox_task_result(xbox_task_start('make'), 0, $r), $r);
--EXPECT--
int(500)
string(107) "Cannot copy an object of class OnlyHere, which is not declared in the receiving thread, at $message['x'][0]"
int(500)
string(107) "Cannot copy an object of class OnlyThere, which is not declared in the receiving thread, at $ret['list'][1]"
