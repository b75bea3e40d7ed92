<?php
// The pagelet snippet of the seed text, as written. The URL is looked up
// under pagelet_server.document_root (by default this script's folder).
$url = "/fragments/hello.php?from=seed";
$headers = ['X-Greeting' => 'hi'];
$post_data = "a=1&b=2";
$timeout_ms = 1000;

// This starts a pagelet server thread to process the URL just as if
// it's a new web request with specified headers and post data.
// The request method would be GET if the post data is empty.
$task = pagelet_server_task_start($url, $headers, $post_data);
// Main thread can now do extra work while pagelet server is processing.
// Optionally make this non-blocking call any time to check status.
$status = pagelet_server_task_status($task);
// Finally, we make a blocking call to wait for pagelet server's result,
// which is the entire output of the web page, with response headers and
// status code.
$headers = array();
$code = 0;
$result = pagelet_server_task_result($task, $headers, $code, $timeout_ms);
echo "status $code\n";
foreach ($headers as $h) echo "header: $h\n";
echo $result;
