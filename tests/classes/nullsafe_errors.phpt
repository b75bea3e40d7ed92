--TEST--
?-> cannot be written to and only short-circuits on null
--FILE--
<?php
$s = "str";
$r = $s?->prop;
var_dump($r);
try { $s?->m(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Warning: Attempt to read property "prop" on string in %s on line 3
NULL
Call to a member function m() on string
