--TEST--
settype converts in place and returns true
--FILE--
<?php
$a = "123abc"; var_dump(settype($a, "integer"), $a);
$b = 5; settype($b, "string"); var_dump($b);
$c = "1.5"; settype($c, "float"); var_dump($c);
$d = 0; settype($d, "bool"); var_dump($d);
$e = "x"; settype($e, "array"); var_dump($e);
$f = 1; settype($f, "null"); var_dump($f);
$g = "7"; settype($g, "int"); var_dump($g);
$h = 1; settype($h, "double"); var_dump($h);
$i = 1; settype($i, "boolean"); var_dump($i);
--EXPECT--
bool(true)
int(123)
string(1) "5"
float(1.5)
bool(false)
array(1) {
  [0]=>
  string(1) "x"
}
NULL
int(7)
float(1)
bool(true)
