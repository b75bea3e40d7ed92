--TEST--
$argv and $argc are available to the script with --ARGS--
--ARGS--
one "two words" 3
--FILE--
<?php
var_dump($argc);
var_dump(count($argv));
var_dump($argv[1], $argv[2], $argv[3]);
var_dump($argv[0] === __FILE__);
--EXPECT--
int(4)
int(4)
string(3) "one"
string(9) "two words"
string(1) "3"
bool(true)
