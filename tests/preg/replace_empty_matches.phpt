--TEST--
preg: replace empty matches
--FILE--
<?php
var_dump(preg_replace('/x*/', '-', 'abc'));
var_dump(preg_replace('/x*/', '-', ''));
var_dump(preg_replace('/b*/', '-', 'abbc'));
var_dump(preg_replace('//u', '|', 'aé'));
var_dump(preg_replace('/$/', '!', "a\n"));
var_dump(preg_replace('/\b/', '|', 'hi you'));
--EXPECT--
string(7) "-a-b-c-"
string(1) "-"
string(6) "-a--c-"
string(6) "|a|é|"
string(4) "a!
!"
string(10) "|hi| |you|"
