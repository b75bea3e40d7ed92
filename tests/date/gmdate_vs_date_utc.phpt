--TEST--
gmdate() equals date() under the UTC default
--FILE--
<?php
foreach ([0, 1700000000, -123456789] as $ts) var_dump(gmdate(DATE_RFC2822, $ts) === date(DATE_RFC2822, $ts));
--EXPECT--
bool(true)
bool(true)
bool(true)
