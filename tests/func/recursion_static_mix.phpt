--TEST--
static variables are shared across recursive calls
--FILE--
<?php
function r($n) { static $calls = 0; $calls++; if ($n > 0) r($n - 1); return $calls; }
var_dump(r(4), r(0));
--EXPECT--
int(5)
int(6)
