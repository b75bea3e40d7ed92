--TEST--
void functions return null; returning a value from void is a compile error
--FILE--
<?php
function f(): void { return; }
function g(): void {}
var_dump(f(), g());
--EXPECT--
NULL
NULL
