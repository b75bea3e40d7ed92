--TEST--
static variables keep their value between calls, per function
--FILE--
<?php
function counter() { static $n = 0; return ++$n; }
function other() { static $n = 100; return ++$n; }
counter(); counter();
var_dump(counter(), other(), counter());
function arr() { static $list = []; $list[] = count($list); return $list; }
arr(); arr();
var_dump(arr());
function multi() { static $a = 1, $b = 2; $a++; $b *= 2; return "$a $b"; }
multi();
var_dump(multi());
--EXPECT--
int(3)
int(101)
int(4)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
string(3) "3 8"
