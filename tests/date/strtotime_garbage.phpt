--TEST--
strtotime(): unparsable strings return false
--FILE--
<?php
foreach (["garbage", "", "2024-13-01", "2024-01-32", "25:00", "foo bar", "next blursday", "1 jan 2024 xyz"] as $s) var_dump(strtotime($s, 1700000000));
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
