--TEST--
=== and !== check type and value
--FILE--
<?php
var_dump(1 === 1, 1 === 1.0, "1" === "1", null === null, [1] === [1], [1, 2] === [1 => 2, 0 => 1], 0.1 + 0.2 === 0.3);
var_dump(1 !== "1", 1 != "1", 1 <> 2);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
