--TEST--
preg: lookahead k
--FILE--
<?php
var_dump(preg_match('/(?=ab\K)/', 'abab', $m), $m, preg_last_error());
var_dump(preg_match_all('/(?=ab\K)/', 'abab', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_replace('/(?=ab\K)/', 'x', 'abab'), preg_last_error());
var_dump(preg_replace_callback('/(?=ab\K)/', fn($m) => 'x', 'abab'), preg_last_error());
var_dump(preg_split('/(?=ab\K)/', 'abab'), preg_last_error());
var_dump(preg_replace('/(?=a)\K/', '|', 'aa'));
--EXPECTF--

Warning: preg_match(): Get subpatterns list failed in %s on line 2
bool(false)
array(0) {
}
int(0)

Warning: preg_match_all(): Get subpatterns list failed in %s on line 3
bool(false)
array(0) {
}
NULL
int(1)
NULL
int(1)
bool(false)
int(1)
string(4) "|a|a"
