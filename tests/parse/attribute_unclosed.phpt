--TEST--
an unclosed attribute
--FILE--
<?php
#[A(1,]
function f() {}
--EXPECTF--

Parse error: Unclosed '(' does not match ']' in %s on line 2
