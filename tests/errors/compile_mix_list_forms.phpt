--TEST--
compile_mix_list_forms is a compile-time fatal error (nothing runs)
--FILE--
<?php
echo "start\n";
[$a, list($b)] = [1, [2]];
--EXPECTF--

Fatal error: Cannot mix [] and list() in %s on line 3
