--TEST--
preg: replace references
--FILE--
<?php
$s = 'abcdefghijkl';
$p = '/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/';
var_dump(preg_replace($p, '$11|$1|${1}1|\11|\\1|$0|\0|${11}', $s));
var_dump(preg_replace($p, '$12|${12}|\12|$99', $s));
var_dump(preg_replace('/(b)/', '\\\\1 \\$1 $ \\ $x ${x} ${1', 'abc'));
var_dump(preg_replace('/(b)(x)?/', '[$2|$1]', 'abc'));
var_dump(preg_replace('/(b)/', '$', 'abc'));
var_dump(preg_replace('/(b)/', '\\', 'abc'));
var_dump(preg_replace('/(b)/', '${1}0', 'abc'));
--EXPECT--
string(37) "k|a|a1|k|a|abcdefghijk|abcdefghijk|kl"
string(4) "|||l"
string(23) "a\1 $1 $ \ $x ${x} ${1c"
string(6) "a[|b]c"
string(3) "a$c"
string(3) "a\c"
string(4) "ab0c"
