<?php
// Chunks: two flushes, an empty one, one through an output buffer.
echo "one";
pagelet_server_flush();
pagelet_server_flush();
echo "two";
ob_start();
echo "three";
pagelet_server_flush();
var_dump(headers_sent($file, $line), basename($file), $line);
header("X-Too-Late: 1");
echo "rest";
