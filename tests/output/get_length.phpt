--TEST--
ob_get_length counts bytes of the innermost buffer
--FILE--
<?php
ob_start();
echo "héllo";
$n = ob_get_length();
ob_start();
$m = ob_get_length();
ob_end_clean();
ob_end_clean();
var_dump($n, $m, ob_get_length());
--EXPECT--
int(6)
int(0)
bool(false)
