--TEST--
getenv of one variable, of an unset one, and the whole environment
--FILE--
<?php
var_dump(getenv("MINPHP_SURELY_UNSET_VAR"));
var_dump(is_string(getenv("PATH")));
$all = getenv();
var_dump(is_array($all), isset($all["PATH"]), $all["PATH"] === getenv("PATH"));
var_dump(getenv("PATH", true) === getenv("PATH"));
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
