--TEST--
flush() and ob_implicit_flush() leave open buffers alone
--FILE--
<?php
echo "a";
flush();
ob_start();
echo "b";
flush();
ob_implicit_flush();
ob_implicit_flush(false);
$b = ob_get_clean();
var_dump($b);
--EXPECT--
astring(1) "b"
