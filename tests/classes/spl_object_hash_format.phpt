--TEST--
spl_object_hash: the object handle then 16 zeros
--FILE--
<?php
$a = new stdClass; $b = new stdClass;
echo spl_object_hash($a), "\n", spl_object_hash($b), "\n";
var_dump(spl_object_hash($a) === spl_object_hash($a), spl_object_id($b));
--EXPECT--
00000000000000010000000000000000
00000000000000020000000000000000
bool(true)
int(2)
