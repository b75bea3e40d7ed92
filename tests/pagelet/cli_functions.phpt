--TEST--
Outside a pagelet: pagelet_server_flush() does nothing, pagelet_server_is_done() is true
--SKIPIF--
<?php if (!function_exists("pagelet_server_flush")) echo "skip minphp pagelets only";
--FILE--
<?php
ob_start();
echo "buffered";
pagelet_server_flush();
$level = ob_get_level();
$contents = ob_get_clean();
var_dump($level, $contents, pagelet_server_is_done());
pagelet_server_flush();
echo "done\n";
--EXPECT--
int(1)
string(8) "buffered"
bool(true)
done
