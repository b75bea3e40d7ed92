--TEST--
ob_start / ob_get_contents / ob_end_clean / ob_get_clean capture echo, print, printf, var_dump
--FILE--
<?php
ob_start();
echo "hello";
$c = ob_get_contents();
ob_end_clean();
var_dump($c);
ob_start();
print "a"; printf("%d", 42); var_dump(1);
$s = ob_get_clean();
var_dump($s, ob_get_level());
--EXPECT--
string(5) "hello"
string(10) "a42int(1)
"
int(0)
