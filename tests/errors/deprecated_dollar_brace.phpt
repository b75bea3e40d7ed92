--TEST--
${} string interpolation deprecation text (8.2)
--FILE--
<?php
$v = 'x';
echo "${v}\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3
x
