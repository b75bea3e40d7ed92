--TEST--
preg: unicode props
--FILE--
<?php
var_dump(preg_match_all('/\p{Lu}/u', 'ÀbÇdÉ', $m), $m);
var_dump(preg_replace('/\p{Han}/u', '*', '中a文'));
var_dump(preg_split('/(?<!^)(?!$)/u', 'añ€'));
var_dump(preg_match('/^\X$/u', "e\u{301}"));
--EXPECT--
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "À"
    [1]=>
    string(2) "Ç"
    [2]=>
    string(2) "É"
  }
}
string(3) "*a*"
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "ñ"
  [2]=>
  string(3) "€"
}
int(1)
