--TEST--
xbox: xbox.request_init_document runs before the handler, xbox.process_message_func names it
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--INI--
xbox.request_init_document=tests/tasks/inc/init.inc
xbox.process_message_func=from_init
--FILE--
<?php
for ($i = 0; $i < 2; $i++) {
    var_dump(xbox_task_result(xbox_task_start("m$i"), 0, $r), $r);
}
var_dump(function_exists('from_init'));
--EXPECT--
int(200)
string(44) "handled by from_init: m0, init ran 1 time(s)"
int(200)
string(44) "handled by from_init: m1, init ran 1 time(s)"
bool(false)
