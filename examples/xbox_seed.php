<?php
// The xbox snippet of the seed text, as written: a message handled by
// xbox_process_message() on an xbox thread with its own global state.

function xbox_process_message($msg) {
    $ret = "processed '$msg' on thread type " . hphp_thread_type() . " ($_SERVER[THREAD_TYPE])";
    return $ret;
}

$message = "hello";
$timeout_ms = 1000;

// We start an xbox task by sending to localhost a message.
$task = xbox_task_start($message);
// Main thread can now do extra work while xbox task is processing.
$status = xbox_task_status($task);
// Finally, we make a blocking call to check message processing returns.
$ret = null;
$code = xbox_task_result($task, $timeout_ms, $ret);
echo "code $code: $ret\n";
