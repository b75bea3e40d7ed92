--TEST--
error_reporting() returns the old level and changes what is shown
--FILE--
<?php
var_dump(error_reporting());
$old = error_reporting(0);
var_dump($old);
echo $hidden;
error_reporting(E_ALL & ~E_WARNING);
echo $alsoHidden;
echo "x" . [] . "\n";
error_reporting(E_ALL);
echo $shown;
var_dump(error_reporting());
--EXPECTF--
int(32767)
int(32767)
xArray

Warning: Undefined variable $shown in %s on line 10
int(32767)
