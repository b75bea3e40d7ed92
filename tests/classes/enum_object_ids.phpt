--TEST--
enum cases are objects created on first use and take object ids
--FILE--
<?php
enum E { case A; case B; }
$o1 = new stdClass;
var_dump(E::B);
$o2 = new stdClass;
var_dump($o1, $o2);
var_dump(spl_object_id(E::B) === spl_object_id(E::B));
$all = E::cases();
$o3 = new stdClass;
var_dump($o3);
--EXPECT--
enum(E::B)
object(stdClass)#1 (0) {
}
object(stdClass)#3 (0) {
}
bool(true)
object(stdClass)#5 (0) {
}
