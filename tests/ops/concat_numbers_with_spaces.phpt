--TEST--
concatenation of number literals needs spaces; 1 . 2 vs 1.2
--FILE--
<?php
var_dump(1 . 2, 1.2, "1" . 2.50);
--EXPECT--
string(2) "12"
float(1.2)
string(4) "12.5"
