<?php
// A page assembled from fragments rendered in parallel by pagelets: each
// fragment takes 200 ms (a slow data source); they render as many at a time
// as the pagelet pool has threads (online CPUs by default, or
// -d pagelet_server.thread_count=4 for all four at once). The document root
// defaults to this script's folder.
$start = hrtime(true);
$tasks = [];
foreach (['News' => 200, 'Weather' => 200, 'Sports' => 200, 'Markets' => 200] as $title => $ms) {
    $tasks[$title] = pagelet_server_task_start("/fragments/box.php?title=$title&ms=$ms");
}
echo "<html><body>\n";
foreach ($tasks as $title => $task) {
    $body = pagelet_server_task_result($task, $headers, $code);
    echo $code == 200 ? $body : "<section>$title failed ($code)</section>\n";
}
printf("<footer>4 fragments in %d ms</footer>\n</body></html>\n", (hrtime(true) - $start) / 1e6);
