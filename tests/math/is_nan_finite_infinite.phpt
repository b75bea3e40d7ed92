--TEST--
is_nan(), is_finite(), is_infinite()
--FILE--
<?php
foreach ([1, 1.5, NAN, INF, -INF, PHP_FLOAT_MAX, "1e400", 0] as $v) {
    var_dump(is_nan($v), is_finite($v), is_infinite($v));
}
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
