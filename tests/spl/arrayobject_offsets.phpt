--TEST--
ArrayObject offsets follow array key rules; missing keys warn; illegal offsets throw
--FILE--
<?php
// ArrayObject offsets follow array key rules; missing keys warn; illegal offsets throw
$ao = new ArrayObject(['a' => 1, 5 => 'five']);
var_dump($ao['a'], $ao["5"], $ao[5.0], $ao[true]);
var_dump($ao['missing']);
var_dump($ao->offsetGet(99));
var_dump($ao['missing'] ?? 'default', isset($ao['a']), isset($ao['missing']), empty($ao['a']));
$ao[1.7] = 'float key';
$ao[null] = 'appended with null';
$ao[] = 'appended';
$ao[false] = 'false key';
var_dump($ao->getArrayCopy());
$ao['nul'] = null;
var_dump(isset($ao['nul']), $ao->offsetExists('nul'), empty($ao['nul']));
unset($ao['a'], $ao['not there']);
$ao->offsetUnset(5);
var_dump(count($ao));
foreach ([fn() => $ao[[]], fn() => isset($ao[[]]), function () use ($ao) { unset($ao[[]]); }, function () use ($ao) { $ao[new stdClass] = 1; }, fn() => $ao->offsetExists([])] as $f) {
    try { $f(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECTF--

Warning: Undefined array key 1 in %s on line 4
int(1)
string(4) "five"
string(4) "five"
NULL

Warning: Undefined array key "missing" in %s on line 5
NULL

Warning: Undefined array key 99 in %s on line 6
NULL
string(7) "default"
bool(true)
bool(false)
bool(false)

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 8
array(6) {
  ["a"]=>
  int(1)
  [5]=>
  string(4) "five"
  [1]=>
  string(9) "float key"
  [6]=>
  string(18) "appended with null"
  [7]=>
  string(8) "appended"
  [0]=>
  string(9) "false key"
}
bool(false)
bool(true)
bool(true)
int(5)
Illegal offset type
Illegal offset type in isset or empty
Illegal offset type in unset
Illegal offset type
Illegal offset type in isset or empty
