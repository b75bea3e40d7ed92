--TEST--
var_dump, print_r, var_export and json of enum cases
--FILE--
<?php
enum Pure { case One; }
enum Backed: string { case Two = 'two'; }
var_dump(Pure::One, Backed::Two);
var_dump([Pure::One, 'k' => Backed::Two]);
print_r(Pure::One); echo "\n";
print_r(Backed::Two); echo "\n";
var_export(Pure::One); echo "\n";
var_export([Backed::Two]); echo "\n";
echo json_encode(Backed::Two), "\n";
echo json_encode(['v' => Backed::Two]), "\n";
$o = new stdClass;
$o->e = Pure::One;
var_dump($o);
--EXPECT--
enum(Pure::One)
enum(Backed::Two)
array(2) {
  [0]=>
  enum(Pure::One)
  ["k"]=>
  enum(Backed::Two)
}
Pure Enum
(
    [name] => One
)

Backed Enum:string
(
    [name] => Two
    [value] => two
)

\Pure::One
array (
  0 => 
  \Backed::Two,
)
"two"
{"v":"two"}
object(stdClass)#3 (1) {
  ["e"]=>
  enum(Pure::One)
}
