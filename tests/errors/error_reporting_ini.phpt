--TEST--
-d error_reporting masks warnings from the start
--INI--
error_reporting=0
--FILE--
<?php
echo $undef;
echo "no warning shown\n";
var_dump(error_reporting());
--EXPECT--
no warning shown
int(0)
