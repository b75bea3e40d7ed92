--TEST--
hash() algorithm names are case-insensitive
--FILE--
<?php
var_dump(hash("MD5", "x") === md5("x"), hash("Sha256", "x"), hash("SHA3-256", "x"), hash("CRC32B", "x"));
--EXPECT--
bool(true)
string(64) "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"
string(64) "741efa311f97686956946758e0d95f70f11ff2da4f2feb7c54314f44134ac49f"
string(8) "8cdc1683"
