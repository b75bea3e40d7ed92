--TEST--
unset($GLOBALS['a']) removes the global variable $a
--FILE--
<?php
$a = 1;
unset($GLOBALS["a"]);
var_dump(isset($a));
--EXPECT--
bool(false)
