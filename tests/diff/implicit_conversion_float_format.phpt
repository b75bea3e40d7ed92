--TEST--
'Implicit conversion from float' deprecation prints large floats in shortest round-trip form
--FILE--
<?php
var_dump(9.181507769685582E+36 & 1);
var_dump(1.5E+20 | 0);
--EXPECTF--

Deprecated: Implicit conversion from float 9.181507769685582E+36 to int loses precision in %s on line 2
int(0)

Deprecated: Implicit conversion from float 1.5E+20 to int loses precision in %s on line 3
int(2426047410323587072)
