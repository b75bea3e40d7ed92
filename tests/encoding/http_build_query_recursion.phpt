--TEST--
http_build_query() skips a reference cycle
--FILE--
<?php
$a = ["x" => 1];
$a["self"] = &$a;
var_dump(http_build_query($a));
--EXPECT--
string(3) "x=1"
