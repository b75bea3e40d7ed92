--TEST--
a named argument that skips a builtin's optional string parameter (str_pad pad_type:)
--FILE--
<?php
var_dump(str_pad('x', 5, pad_type: STR_PAD_LEFT));
--EXPECT--
string(5) "    x"
