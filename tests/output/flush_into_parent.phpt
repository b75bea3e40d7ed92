--TEST--
ob_flush and ob_get_flush pass output into the enclosing buffer's handler
--FILE--
<?php
function h($b, $p) { return "{" . $b . "}"; }
ob_start('h');
echo "a";
ob_start();
echo "b";
ob_flush();
echo "c";
$x = ob_get_flush();
echo "|";
ob_end_clean();
var_dump($x);
print "done\n";
--EXPECT--
string(1) "c"
done
