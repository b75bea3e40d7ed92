--TEST--
conditionally declared functions exist only after the declaration runs
--FILE--
<?php
var_dump(function_exists('cond'));
if (true) {
    function cond() { return "declared"; }
}
var_dump(function_exists('cond'), cond());
if (false) {
    function never() {}
}
var_dump(function_exists('never'));
--EXPECT--
bool(false)
bool(true)
string(8) "declared"
bool(false)
