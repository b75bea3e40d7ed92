--TEST--
new Exception with message, code and previous
--FILE--
<?php
$prev = new RuntimeException("root cause", 5);
$e = new Exception("top", 42, $prev);
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious() === $prev);
var_dump($prev->getPrevious());
$d = new Exception();
var_dump($d->getMessage(), $d->getCode(), $d->getPrevious());
$n = new Exception(code: 7, message: "named");
echo $n->getMessage(), " ", $n->getCode(), "\n";
try { new Exception([]); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
try { new Exception("m", "c"); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
--EXPECT--
string(3) "top"
int(42)
bool(true)
NULL
string(0) ""
int(0)
NULL
named 7
Exception::__construct(): Argument #1 ($message) must be of type string, array given
Exception::__construct(): Argument #2 ($code) must be of type int, string given
