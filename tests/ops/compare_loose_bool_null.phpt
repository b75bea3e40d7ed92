--TEST--
== with bool and null operands converts to bool
--FILE--
<?php
var_dump(true == "a", true == "0", false == "", false == [], null == [], null == 0, null == "0", true == 2, false == 0.0, null == "");
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
