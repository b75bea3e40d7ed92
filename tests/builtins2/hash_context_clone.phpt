--TEST--
clone of a HashContext copies its state; a finalized one cannot be cloned
--FILE--
<?php
$a = hash_init('sha1'); hash_update($a, 'abc');
$b = clone $a; hash_update($b, 'def');
var_dump(hash_final($a) === sha1('abc'), hash_final($b) === sha1('abcdef'));
$c = hash_init("md5"); hash_final($c);
try { $d = clone $c; } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
Cannot clone a finalized HashContext
