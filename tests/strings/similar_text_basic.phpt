--TEST--
similar_text() and its percentage
--FILE--
<?php
var_dump(similar_text("World", "Word"));
var_dump(similar_text("Hello World", "Hallo Welt", $p), $p);
var_dump(similar_text("", "", $p), $p);
var_dump(similar_text("abc", "", $p), $p);
var_dump(similar_text("PHP IS GREAT", "WITH MYSQL", $p), $p);
var_dump(similar_text("WITH MYSQL", "PHP IS GREAT", $p), $p);
--EXPECT--
int(4)
int(7)
float(66.66666666666667)
int(0)
float(0)
int(0)
float(0)
int(3)
float(27.272727272727273)
int(2)
float(18.181818181818183)
