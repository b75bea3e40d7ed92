--TEST--
empty() on falsy and truthy values, undefined and nested keys
--FILE--
<?php
$vals = [0, 0.0, "0", "", null, false, [], "0.0", " ", "a", 1, [0], -1, "00"];
foreach ($vals as $v) echo var_export($v, true), ": ", var_export(empty($v), true), "\n";
$arr = ['a' => ['b' => 0]];
var_dump(empty($undef), empty($arr['a']['b']), empty($arr['a']['c']), empty($arr['x']['y']));
$s = "ab";
var_dump(empty($s[0]), empty($s[5]));
--EXPECT--
0: true
0.0: true
'0': true
'': true
NULL: true
false: true
array (
): true
'0.0': false
' ': false
'a': false
1: false
array (
  0 => 0,
): false
-1: false
'00': false
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
