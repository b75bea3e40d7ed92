--TEST--
xbox: a pool of 0 threads is disabled (HHVM's exception text)
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--INI--
xbox.thread_count=0
pagelet_server.thread_count=0
--FILE--
<?php
function xbox_process_message($m) { return $m; }
try {
    xbox_task_start(1);
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(pagelet_server_is_enabled());
var_dump(pagelet_server_task_start("/x.php"));
var_dump(pagelet_server_tasks_started());
--EXPECTF--
Exception: Cannot create new Xbox task because the Xbox is not enabled
bool(false)

Warning: pagelet_server_task_start(): The pagelet server is not enabled (pagelet_server.thread_count = 0) in %s on line %d
NULL
int(0)
