--TEST--
key casting: "1"->1, "01" stays string, "-5"->-5, "-0" string, true->1, null->"", floats truncate
--FILE--
<?php
$a = [];
$a["1"] = 'str1';
$a["01"] = 'str01';
$a["-5"] = 'neg';
$a["-0"] = 'negzero';
$a[true] = 'true';
$a[false] = 'false';
$a[null] = 'null';
$a["1.5"] = 'floatstr';
$a[" 1"] = 'space';
$a["9223372036854775808"] = 'big';
var_dump($a);
--EXPECT--
array(9) {
  [1]=>
  string(4) "true"
  ["01"]=>
  string(5) "str01"
  [-5]=>
  string(3) "neg"
  ["-0"]=>
  string(7) "negzero"
  [0]=>
  string(5) "false"
  [""]=>
  string(4) "null"
  ["1.5"]=>
  string(8) "floatstr"
  [" 1"]=>
  string(5) "space"
  ["9223372036854775808"]=>
  string(3) "big"
}
