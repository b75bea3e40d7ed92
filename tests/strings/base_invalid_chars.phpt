--TEST--
hexdec(), bindec() and octdec() ignore invalid characters with a deprecation
--FILE--
<?php
var_dump(hexdec("fg"));
var_dump(bindec("12"));
var_dump(octdec("789"));
--EXPECTF--

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2
int(15)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 3
int(1)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 4
int(7)
