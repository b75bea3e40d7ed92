--TEST--
spl_object_id and spl_object_hash identify live objects
--FILE--
<?php
$a = new stdClass;
$b = new stdClass;
$c = $a;
var_dump(spl_object_id($a), spl_object_id($b));
var_dump(spl_object_id($a) === spl_object_id($c));
var_dump(spl_object_hash($a) === spl_object_hash($c), spl_object_hash($a) === spl_object_hash($b));
var_dump(strlen(spl_object_hash($a)));
echo spl_object_hash($a), "\n";
--EXPECTF--
int(1)
int(2)
bool(true)
bool(true)
bool(false)
int(32)
%s
