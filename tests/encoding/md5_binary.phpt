--TEST--
md5() raw binary output
--FILE--
<?php
$b = md5("abc", true);
var_dump(strlen($b), $b === hash("md5", "abc", true), md5("abc", false));
--EXPECT--
int(16)
bool(true)
string(32) "900150983cd24fb0d6963f7d28e17f72"
