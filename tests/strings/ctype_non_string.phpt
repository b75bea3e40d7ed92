--TEST--
ctype_* with non-string arguments: deprecated, ints are ASCII codes
--INI--
extension=ctype
--FILE--
<?php
var_dump(ctype_digit(53));
var_dump(ctype_digit(5));
var_dump(ctype_digit(256));
var_dump(ctype_digit(-5));
var_dump(ctype_alpha(-191));
var_dump(ctype_graph(-1000));
var_dump(ctype_digit(null));
var_dump(ctype_digit(1.5));
var_dump(ctype_digit([]));
var_dump(ctype_digit(true));
--EXPECTF--

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 2
bool(true)

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 3
bool(false)

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 4
bool(true)

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 5
bool(false)

Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 6
bool(false)

Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 7
bool(true)

Deprecated: ctype_digit(): Argument of type null will be interpreted as string in the future in %s on line 8
bool(false)

Deprecated: ctype_digit(): Argument of type float will be interpreted as string in the future in %s on line 9
bool(false)

Deprecated: ctype_digit(): Argument of type array will be interpreted as string in the future in %s on line 10
bool(false)

Deprecated: ctype_digit(): Argument of type bool will be interpreted as string in the future in %s on line 11
bool(false)
