--TEST--
preg: replace callback nested
--FILE--
<?php
echo preg_replace_callback('/\[(.*?)\]/', function ($m) {
    return '<' . preg_replace_callback('/\w/', fn($n) => strtoupper($n[0]), $m[1]) . '>';
}, 'x [ab] y [cd]'), "\n";
try {
    preg_replace_callback('/a/', function ($m) { throw new Exception('stop'); }, 'aaa');
} catch (Exception $e) { echo 'caught ', $e->getMessage(), "\n"; }
var_dump(preg_match('/a/', 'a'));
try { preg_replace_callback('/a/', 'nope', 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
x <AB> y <CD>
caught stop
int(1)
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
