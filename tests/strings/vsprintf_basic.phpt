--TEST--
vsprintf() takes its values from an array
--FILE--
<?php
var_dump(vsprintf("%s is %d years", ["Tom", 30]));
var_dump(vsprintf("%2\$s %1\$s", ["x" => "a", "y" => "b"]));
var_dump(vsprintf("no args", []));
--EXPECT--
string(15) "Tom is 30 years"
string(3) "b a"
string(7) "no args"
