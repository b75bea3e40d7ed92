--TEST--
json_encode: a later INF/NAN overwrites an earlier error code; bad UTF-8 stops encoding
--FILE--
<?php
var_dump(json_encode([NAN, "\xff"]), json_last_error());
var_dump(json_encode(["\xff", NAN]), json_last_error());
var_dump(json_encode(["k\xff" => NAN]), json_last_error());
var_dump(json_encode(["k\xff" => "\xff"]), json_last_error());
var_dump(json_encode([INF, [1, 2]], 0, 1), json_last_error());
--EXPECT--
bool(false)
int(5)
bool(false)
int(5)
bool(false)
int(7)
bool(false)
int(5)
bool(false)
int(1)
