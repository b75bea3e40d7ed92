--TEST--
define() with an array value is fine, define with case-insensitive flag warns
--FILE--
<?php
var_dump(define('A1', [1, [2]]));
var_dump(A1[1][0]);
var_dump(define('B1', 1, true));
var_dump(B1);
--EXPECTF--
bool(true)
int(2)

Warning: define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported in %s on line 4
bool(true)
int(1)
