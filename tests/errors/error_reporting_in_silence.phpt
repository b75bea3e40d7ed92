--TEST--
error_reporting() inside @ reports the masked level
--FILE--
<?php
function f() { return error_reporting(); }
var_dump(@f());
var_dump(f());
--EXPECT--
int(4437)
int(32767)
