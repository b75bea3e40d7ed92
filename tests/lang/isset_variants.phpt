--TEST--
isset on variables, null, array elements, nested, string offsets, multiple args
--FILE--
<?php
$a = 1; $n = null; $arr = ['k' => null, 'v' => 0, 'sub' => ['x' => 1]]; $s = "abc";
var_dump(isset($a), isset($n), isset($undef), isset($a, $n), isset($a, $arr));
var_dump(isset($arr['k']), isset($arr['v']), isset($arr['none']), isset($arr['sub']['x']), isset($arr['sub']['y']['z']));
var_dump(isset($s[0]), isset($s[3]), isset($s[-1]), isset($s['0']), isset($s['x']), isset($s[0][0]), isset($s['1.0']));
var_dump(isset($a['x']), isset($n['x']));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
