--TEST--
nothing after __halt_compiler(); is parsed
--FILE--
<?php
echo 'before', "\n";
__halt_compiler(); 1 2 (((
--EXPECTF--
before
