--TEST--
xbox: a full queue refuses new tasks (running tasks do not count), HHVM's exception text
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--INI--
xbox.thread_count=1
xbox.max_queue_length=2
--FILE--
<?php
function xbox_process_message($ms) { usleep($ms * 1000); return $ms; }
$running = xbox_task_start(300);
usleep(100000);                   // the one thread has taken it
$w1 = xbox_task_start(1);         // waiting
$w2 = xbox_task_start(2);         // waiting: the queue is full now
try {
    xbox_task_start(3);
    echo "not refused\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
foreach ([$running, $w1, $w2] as $t) {
    var_dump(xbox_task_result($t, 0, $r), $r);
}
// room again
var_dump(xbox_task_result(xbox_task_start(4), 0, $r), $r);
--EXPECT--
Exception: Cannot create new Xbox task because the Xbox queue has reached maximum capacity
int(200)
int(300)
int(200)
int(1)
int(200)
int(2)
int(200)
int(4)
