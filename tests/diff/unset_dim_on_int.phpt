--TEST--
unset() of an offset of false (deprecation, becomes []) / of an int (Error 'Cannot unset offset in a non-array variable')
--FILE--
<?php
$f = false;
unset($f[0]);
var_dump($f);
$a = [5];
unset($a[0][1]);
echo "not reached\n";
--EXPECTF--

Deprecated: Automatic conversion of false to array is deprecated in %s on line 3
bool(false)

Fatal error: Uncaught Error: Cannot unset offset in a non-array variable in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
