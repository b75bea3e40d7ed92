--TEST--
preg: replace callback
--FILE--
<?php
var_dump(preg_replace_callback('/\d+/', function ($m) { return $m[0] * 2; }, 'a1 b22 c333'));
var_dump(preg_replace_callback('/(?<w>\w)(\d)?/', function ($m) { return json_encode($m); }, 'a1b'));
var_dump(preg_replace_callback('/a/', fn($m) => 'X', 'aaa', 2, $c), $c);
var_dump(preg_replace_callback(['/a/', '/b/'], fn($m) => strtoupper($m[0]), ['ab', 'bc']));
function up($m) { return strtoupper($m[1]); }
var_dump(preg_replace_callback('/_(\w)/', 'up', 'snake_case_name'));
var_dump(preg_replace_callback('/a/', fn($m) => null, 'bab'));
var_dump(preg_replace_callback('/a/', fn($m) => 1.5, 'bab'));
--EXPECT--
string(11) "a2 b44 c666"
string(59) "{"0":"a1","w":"a","1":"a","2":"1"}{"0":"b","w":"b","1":"b"}"
string(3) "XXa"
int(2)
array(2) {
  [0]=>
  string(2) "AB"
  [1]=>
  string(2) "Bc"
}
string(13) "snakeCaseName"
string(2) "bb"
string(5) "b1.5b"
