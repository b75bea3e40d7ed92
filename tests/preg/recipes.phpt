--TEST--
preg: recipes
--FILE--
<?php
$email = 'john.doe@example.com';
var_dump((bool)preg_match('/^[\w.+-]+@[\w-]+\.[\w.]+$/', $email));
var_dump(preg_replace('/(?<=\d)(?=(\d{3})+$)/', ',', '1234567'));
var_dump(preg_replace_callback('/\b(\w)(\w*)\b/', fn($m) => strtoupper($m[1]) . $m[2], 'hello big world'));
var_dump(strtolower(preg_replace('/(?<!^)[A-Z]/', '_$0', 'camelCaseString')));
var_dump(preg_split('/\R/', "a\r\nb\nc\rd"));
preg_match_all('/(\w+)=(\w+)/', 'a=1 b=2 c=3', $m);
var_dump(array_combine($m[1], $m[2]));
var_dump(preg_replace('~/+~', '/', 'a//b///c'));
--EXPECT--
bool(true)
string(9) "1,234,567"
string(15) "Hello Big World"
string(17) "camel_case_string"
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(3) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
  ["c"]=>
  string(1) "3"
}
string(5) "a/b/c"
