--TEST--
null and bool in relational comparisons
--FILE--
<?php
var_dump(null < 1, null < -1, null < "a", null == "", false < true, true > 10, null <=> false, [] > null, "" < null);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
bool(false)
bool(false)
