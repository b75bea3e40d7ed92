--TEST--
echo with several arguments, print returns 1 and is an expression
--FILE--
<?php
echo "a", "b", 1, 2.5, true, null, false, "\n";
$r = print "printed\n";
var_dump($r);
echo print("x"), "\n";
print "y" . "z" . "\n";
1 && print "and-print\n";
--EXPECT--
ab12.51
printed
int(1)
x1
yz
and-print
