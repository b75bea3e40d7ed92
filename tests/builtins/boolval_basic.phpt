--TEST--
boolval follows the (bool) cast rules
--FILE--
<?php
var_dump(boolval(0), boolval("0"), boolval(""), boolval("0.0"), boolval([]), boolval([0]), boolval(null), boolval(0.0), boolval(-1), boolval("false"));
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
