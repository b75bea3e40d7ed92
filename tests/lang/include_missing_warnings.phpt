--TEST--
include of a missing file prints two warnings and returns false
--FILE--
<?php
$r = include 'no_such_file.inc';
var_dump($r);
echo "continues\n";
--EXPECTF--

Warning: include(no_such_file.inc): Failed to open stream: No such file or directory in %s on line 2

Warning: include(): Failed opening 'no_such_file.inc' for inclusion (include_path='%s') in %s on line 2
bool(false)
continues
