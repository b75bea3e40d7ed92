--TEST--
.= converts the operands to strings
--FILE--
<?php
$s = ""; $s .= 1; $s .= 1.5; $s .= true; $s .= false; $s .= null; $s .= -0.0; $s .= 1e20;
var_dump($s);
$n = 5; $n .= 5; var_dump($n);
--EXPECT--
string(14) "11.51-01.0E+20"
string(2) "55"
