--TEST--
random_bytes() returns a binary string of the asked length
--FILE--
<?php
var_dump(strlen(random_bytes(1)), strlen(random_bytes(16)), strlen(random_bytes(1000)), random_bytes(32) === random_bytes(32));
--EXPECT--
int(1)
int(16)
int(1000)
bool(false)
