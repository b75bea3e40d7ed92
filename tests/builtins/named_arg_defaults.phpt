--TEST--
named arguments that skip optional builtin parameters get PHP's default values
--FILE--
<?php
var_dump(htmlspecialchars("<a href='x'>&amp;", double_encode: false));
var_dump(round(2.5, mode: PHP_ROUND_HALF_EVEN));
var_dump(json_encode([1,"a/b"], depth: 5));
var_dump(number_format(1234.5, thousands_separator: "."));
var_dump(implode(separator: ",", array: [1,2]));
var_dump(str_pad('x', 5, pad_type: STR_PAD_LEFT));
var_dump(array_slice([1,2,3], 1, preserve_keys: true));
var_dump(explode(",", "a,b,c", limit: 2));
var_dump(array_filter([1,0,2], mode: ARRAY_FILTER_USE_KEY));
var_dump(trim(" xx ", characters: " x"));
var_dump(wordwrap("The quick brown fox", width: 10, cut_long_words: true));
var_dump(chunk_split("abcd", 2, separator: "|"));
var_dump(str_getcsv('a;"b;c"', separator: ";"));
var_dump(json_decode('{"a":1}', flags: JSON_OBJECT_AS_ARRAY));
var_dump(preg_split('/,/', 'a,,b', flags: PREG_SPLIT_NO_EMPTY));
var_dump(htmlentities("café <b>", double_encode: false));
var_dump(array_keys(['a' => 1, 'b' => 2], strict: true));
--EXPECTF--
string(33) "&lt;a href=&#039;x&#039;&gt;&amp;"
float(2)
string(10) "[1,"a\/b"]"
string(5) "1.235"
string(3) "1,2"
string(5) "    x"
array(2) {
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(2)
}
string(0) ""
string(19) "The quick
brown fox"
string(6) "ab|cd|"
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b;c"
}
array(1) {
  ["a"]=>
  int(1)
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
string(21) "caf&eacute; &lt;b&gt;"

Fatal error: Uncaught ArgumentCountError: array_keys(): Argument #2 ($filter_value) must be passed explicitly, because the default value is not known in %s:18
Stack trace:
#0 %s(18): array_keys(Array, NULL, true)
#1 {main}
  thrown in %s on line 18
